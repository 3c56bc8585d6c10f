import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/ui/Page';
import { QueryState } from '../../components/ui/QueryState';
import { ApiError } from '../../lib/api';
import { useFormat } from '../../lib/format';
import {
  datasetKinds,
  useDatasetImports,
  useImportDataset,
  useImportProgress,
  type DatasetImport,
  type DatasetKind,
} from './api';

/** The year in a Statbel file name such as OPENDATA_SECTOREN_2024.txt. */
const yearInName = (name: string) => /(?<![0-9])(19|20)[0-9]{2}(?![0-9])/.exec(name)?.[0] ?? '';

/**
 * Imports an open-data file. While the server reads a large file the page follows its progress;
 * a file with rejected lines is not imported, and the report lists every line and why.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const ids = { kind: useId(), year: useId(), file: useId(), yearHint: useId() };
  const [kind, setKind] = useState<DatasetKind>('Population');
  const [year, setYear] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const importing = useImportDataset();
  const progress = useImportProgress(importing.isPending ? importId : null);
  const needsYear = kind === 'Population';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const id = crypto.randomUUID();
    setImportId(id);
    importing.mutate({ importId: id, kind, year: needsYear && year ? Number(year) : null, file });
  };

  const rejected =
    importing.error instanceof ApiError
      ? (importing.error.problem as { import?: DatasetImport; detail?: string } | undefined)
      : undefined;
  const fieldErrors =
    importing.error instanceof ApiError ? importing.error.problem?.errors : undefined;

  return (
    <>
      <Link to="/buurtanalyse" className="back-link">
        {t('neighbourhoods.back')}
      </Link>
      <Page title={t('imports.title')}>
        <p className="muted">{t('imports.intro')}</p>
        <form className="form" onSubmit={submit}>
          <div className="field">
            <label htmlFor={ids.kind}>{t('imports.kind')}</label>
            <select
              id={ids.kind}
              value={kind}
              onChange={(e) => setKind(e.target.value as DatasetKind)}
            >
              {datasetKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`imports.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
          {needsYear && (
            <div className="field">
              <label htmlFor={ids.year}>{t('imports.year')}</label>
              <p id={ids.yearHint} className="hint">
                {t('imports.yearHint')}
              </p>
              <input
                id={ids.year}
                type="number"
                inputMode="numeric"
                min={1990}
                max={2100}
                required
                aria-describedby={ids.yearHint}
                value={year}
                onChange={(e) => setYear(e.target.value)}
              />
            </div>
          )}
          <div className="field">
            <label htmlFor={ids.file}>{t('imports.file')}</label>
            <input
              id={ids.file}
              type="file"
              accept=".txt,.csv,.json,.geojson"
              onChange={(e) => {
                const chosen = e.target.files?.[0] ?? null;
                setFile(chosen);
                if (chosen && !year) setYear(yearInName(chosen.name));
              }}
            />
          </div>
          <button type="submit" className="button" disabled={importing.isPending || !file}>
            {t('imports.submit')}
          </button>
        </form>

        <div aria-live="polite">
          {importing.isPending && (
            <div className="import-progress">
              <p>{progress.data ? t('imports.reading') : t('imports.uploading')}</p>
              <progress
                max={1}
                value={progress.data?.progress ?? undefined}
                aria-label={t('imports.progress')}
              />
            </div>
          )}
          {importing.data && <ImportResult outcome={importing.data} />}
          {rejected?.import && (
            <RejectionReport outcome={rejected.import} detail={rejected.detail} />
          )}
          {importing.isError && !rejected?.import && (
            <div role="alert" className="notice notice--error">
              <p>
                {importing.error instanceof ApiError
                  ? (importing.error.problem?.detail ?? importing.error.message)
                  : t('status.error')}
              </p>
              {fieldErrors && (
                <ul>
                  {Object.entries(fieldErrors).flatMap(([field, messages]) =>
                    messages.map((message) => <li key={`${field}${message}`}>{message}</li>),
                  )}
                </ul>
              )}
            </div>
          )}
        </div>

        <h2>{t('imports.history')}</h2>
        <ImportHistory />
      </Page>
    </>
  );
}

function ImportResult({ outcome }: { outcome: DatasetImport }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="notice notice--success">
      {t('imports.succeeded', {
        file: outcome.fileName,
        rows: outcome.acceptedRows,
        values: outcome.storedValues,
        skipped: outcome.skippedRows,
      })}
    </p>
  );
}

function RejectionReport({ outcome, detail }: { outcome: DatasetImport; detail?: string }) {
  const { t } = useTranslation();
  const caption = useId();
  return (
    <div role="alert" className="notice notice--error rejection-report">
      <p>
        <strong>{t('imports.rejected', { file: outcome.fileName })}</strong> {detail}
      </p>
      {outcome.rejections && outcome.rejections.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby={caption} tabIndex={0}>
          <table className="table" aria-labelledby={caption}>
            <caption id={caption}>
              {t('imports.rejectedLines', { count: outcome.rejectedRows })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('imports.line')}</th>
                <th scope="col">{t('imports.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {outcome.rejections.map((rejection) => (
                <tr key={`${rejection.line}-${rejection.feature ?? ''}`}>
                  <td>
                    {rejection.feature === null || rejection.feature === undefined
                      ? rejection.line
                      : t('imports.feature', { feature: rejection.feature, line: rejection.line })}
                  </td>
                  <td>{rejection.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function ImportHistory() {
  const { t } = useTranslation();
  const format = useFormat();
  const imports = useDatasetImports();
  const caption = useId();
  return (
    <QueryState query={imports}>
      {({ items }) =>
        items.length === 0 ? (
          <p>{t('imports.none')}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby={caption} tabIndex={0}>
            <table className="table" aria-labelledby={caption}>
              <caption id={caption} className="visually-hidden">
                {t('imports.history')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('imports.when')}</th>
                  <th scope="col">{t('imports.kind')}</th>
                  <th scope="col">{t('imports.file')}</th>
                  <th scope="col">{t('imports.by')}</th>
                  <th scope="col">{t('imports.status')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <td>{format.moment(item.startedAt)}</td>
                    <td>{t(`imports.kinds.${item.kind}`)}</td>
                    <td className="code">
                      {item.fileName}
                      {item.isSynthetic && (
                        <span className="muted"> ({t('imports.synthetic')})</span>
                      )}
                    </td>
                    <td>{item.importedBy}</td>
                    <td>
                      {t(`imports.statuses.${item.status}`, {
                        rows: item.acceptedRows,
                        rejected: item.rejectedRows,
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </QueryState>
  );
}
