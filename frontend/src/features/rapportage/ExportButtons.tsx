import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../components/ui/LiveMessage';
import { useExportDashboard, type ReportFormat } from './api';
import type { ReportFilters } from './filters';

const formats: readonly ReportFormat[] = ['Csv', 'Xlsx'];

/** Downloads the figures on screen as a CSV or Excel file. */
export function ExportButtons({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation();
  const download = useExportDashboard();
  return (
    <div className="no-print">
      <div className="actions">
        {formats.map((format) => (
          <button
            key={format}
            type="button"
            className="button button--secondary"
            disabled={download.isPending}
            onClick={() => download.mutate({ format, filters })}
          >
            {t(`reporting.export.${format}`)}
          </button>
        ))}
      </div>
      <LiveMessage>
        {download.isSuccess && t('reporting.export.done', { name: download.data })}
      </LiveMessage>
      {download.isError && (
        <p role="alert" className="notice notice--error">
          {t('reporting.export.failed')}
        </p>
      )}
    </div>
  );
}
