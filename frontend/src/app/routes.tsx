import { Navigate, type RouteObject } from 'react-router';
import { OfferPage } from '../features/aanbod/OfferPage';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { AdminAccess } from '../features/beheer/access';
import { ResidentAccess } from '../features/bewoners/access';
import { AdminPage, AdminSection } from '../features/beheer/AdminPage';
import { AuditTrailPage } from '../features/beheer/AuditTrailPage';
import { DeliveriesPage } from '../features/beheer/DeliveriesPage';
import { HelpCategoriesPage } from '../features/beheer/HelpCategoriesPage';
import { ReferralCardsPage } from '../features/beheer/ReferralCardsPage';
import { WaitingListPage } from '../features/beheer/WaitingListPage';
import { ResidentDataPage } from '../features/bewoners/ResidentDataPage';
import { ImportAccess } from '../features/buurtanalyse/access';
import { ImportPage } from '../features/buurtanalyse/ImportPage';
import { NeighbourhoodPage } from '../features/buurtanalyse/NeighbourhoodPage';
import { NeighbourhoodsPage } from '../features/buurtanalyse/NeighbourhoodsPage';
import { HelpRequestsAccess } from '../features/hulpvragen/access';
import { HelpRequestPage } from '../features/hulpvragen/detail/HelpRequestPage';
import { HelpRequestsPage } from '../features/hulpvragen/HelpRequestsPage';
import { IntakePage } from '../features/hulpvragen/intake/IntakePage';
import { FunderReportPage } from '../features/rapportage/FunderReportPage';
import { OutcomesPage } from '../features/rapportage/outcomes/OutcomesPage';
import {
  ReportedRequestsAccess,
  ReportedRequestsPage,
} from '../features/rapportage/ReportedRequestsPage';
import { ReportingPage } from '../features/rapportage/ReportingPage';
import { SocialMapPage } from '../features/socialekaart/SocialMapPage';
import { VolunteersAccess } from '../features/vrijwilligers/access';
import { BatchPlanPage } from '../features/vrijwilligers/matching/BatchPlanPage';
import { VolunteerEditorPage } from '../features/vrijwilligers/VolunteerEditorPage';
import { VolunteerPage } from '../features/vrijwilligers/VolunteerPage';
import { VolunteersPage } from '../features/vrijwilligers/VolunteersPage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  // A volunteer's one-time answer link: no sign-in, outside the shell.
  { path: '/aanbod/:token', element: <OfferPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <Navigate to="/buurtanalyse" replace /> },
          { path: 'buurtanalyse', element: <NeighbourhoodsPage /> },
          {
            path: 'buurtanalyse/import',
            element: <ImportAccess />,
            children: [{ index: true, element: <ImportPage /> }],
          },
          { path: 'buurtanalyse/:id', element: <NeighbourhoodPage /> },
          { path: 'sociale-kaart', element: <SocialMapPage /> },
          {
            path: 'hulpvragen',
            element: <HelpRequestsAccess />,
            children: [
              { index: true, element: <HelpRequestsPage /> },
              { path: 'nieuw', element: <IntakePage /> },
              { path: ':id', element: <HelpRequestPage /> },
            ],
          },
          {
            path: 'vrijwilligers',
            element: <VolunteersAccess />,
            children: [
              { index: true, element: <VolunteersPage /> },
              { path: 'nieuw', element: <VolunteerEditorPage /> },
              { path: 'plan', element: <BatchPlanPage /> },
              { path: ':id', element: <VolunteerPage /> },
              { path: ':id/wijzigen', element: <VolunteerEditorPage /> },
            ],
          },
          { path: 'rapportage', element: <ReportingPage /> },
          { path: 'rapportage/verhalen', element: <OutcomesPage /> },
          { path: 'rapportage/verslag', element: <FunderReportPage /> },
          {
            path: 'rapportage/hulpvragen',
            element: <ReportedRequestsAccess />,
            children: [{ index: true, element: <ReportedRequestsPage /> }],
          },
          {
            path: 'beheer',
            element: <AdminAccess />,
            children: [
              { index: true, element: <AdminPage /> },
              {
                element: <AdminSection />,
                children: [
                  { path: 'doorverwijskaarten', element: <ReferralCardsPage /> },
                  { path: 'wachtlijst', element: <WaitingListPage /> },
                  { path: 'hulpcategorieen', element: <HelpCategoriesPage /> },
                  { path: 'webhook-leveringen', element: <DeliveriesPage /> },
                  { path: 'audittrail', element: <AuditTrailPage /> },
                ],
              },
            ],
          },
          {
            path: 'bewoners/:id/gegevens',
            element: <ResidentAccess />,
            children: [{ index: true, element: <ResidentDataPage /> }],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
