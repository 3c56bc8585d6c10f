import { Navigate, type RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { NeighbourhoodPage } from '../features/buurtanalyse/NeighbourhoodPage';
import { NeighbourhoodsPage } from '../features/buurtanalyse/NeighbourhoodsPage';
import { HelpRequestsPage } from '../features/hulpvragen/HelpRequestsPage';
import { ReportingPage } from '../features/rapportage/ReportingPage';
import { VolunteersPage } from '../features/vrijwilligers/VolunteersPage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <Navigate to="/buurtanalyse" replace /> },
          { path: 'buurtanalyse', element: <NeighbourhoodsPage /> },
          { path: 'buurtanalyse/:id', element: <NeighbourhoodPage /> },
          { path: 'hulpvragen', element: <HelpRequestsPage /> },
          { path: 'vrijwilligers', element: <VolunteersPage /> },
          { path: 'rapportage', element: <ReportingPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
