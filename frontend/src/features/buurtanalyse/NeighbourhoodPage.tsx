import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/ui/Page';
import { QueryState } from '../../components/ui/QueryState';
import { useCanAnalyse } from './access';
import { useNeighbourhood } from './api';
import { NeighbourhoodSocialMap } from '../socialekaart/NeighbourhoodSocialMap';
import { ConsultationsSection } from './ConsultationsSection';
import { NeighbourhoodAnalysis } from './NeighbourhoodAnalysis';
import { BuurtplanSection } from './buurtplan/BuurtplanSection';
import { SignalsSection } from './SignalsSection';

export function NeighbourhoodPage() {
  const { t } = useTranslation();
  // The route path /buurtanalyse/:id guarantees the parameter.
  const { id } = useParams() as { id: string };
  const neighbourhood = useNeighbourhood(id);
  const sectorsHeading = useId();
  const canAnalyse = useCanAnalyse();

  return (
    <>
      <Link to="/buurtanalyse" className="back-link no-print">
        {t('neighbourhoods.back')}
      </Link>
      <QueryState query={neighbourhood}>
        {({ name, municipalityName, municipalityNis, sectors }) => (
          <Page title={name}>
            <p className="muted">
              {t('neighbourhoods.municipality', { name: municipalityName, nis: municipalityNis })}
            </p>
            {canAnalyse && <NeighbourhoodAnalysis id={id} />}
            <SignalsSection id={id} sectors={sectors} />
            <ConsultationsSection id={id} />
            <NeighbourhoodSocialMap id={id} />
            <BuurtplanSection id={id} />
            <h2 id={sectorsHeading}>{t('neighbourhoods.sectors')}</h2>
            {sectors.length === 0 ? (
              <p>{t('neighbourhoods.noSectors')}</p>
            ) : (
              <table className="table" aria-labelledby={sectorsHeading}>
                <thead>
                  <tr>
                    <th scope="col">{t('neighbourhoods.code')}</th>
                    <th scope="col">{t('neighbourhoods.name')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sectors.map((sector) => (
                    <tr key={sector.code}>
                      <td className="code">{sector.code}</td>
                      <td>{sector.name}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Page>
        )}
      </QueryState>
    </>
  );
}
