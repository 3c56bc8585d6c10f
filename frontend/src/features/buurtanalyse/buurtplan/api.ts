import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api, unwrap } from '../../../lib/api';

type Schemas = components['schemas'];

export type Buurtplan = Schemas['Buurtplan'];
export type PlanGoal = Schemas['PlanGoal'];
export type PlanGoalInput = Schemas['PlanGoalInput'];
export type PlanAction = Schemas['PlanAction'];
export type PlanActionInput = Schemas['PlanActionInput'];
export type PlanActionStatus = Schemas['PlanActionStatus'];
export type NeighbourhoodActivity = Schemas['NeighbourhoodActivity'];
export type NeighbourhoodActivityInput = Schemas['NeighbourhoodActivityInput'];
export type ActivityType = Schemas['ActivityType'];
export type ResidentGroup = Schemas['ResidentGroup'];
export type GoalStatus = Schemas['GoalStatus'];
export type FindingKind = Schemas['FindingKind'];

export const goalStatuses = [
  'Active',
  'Achieved',
  'Dropped',
] as const satisfies readonly GoalStatus[];

/** The kinds of ontmoeting, as the API lists them. */
export const activityTypes = [
  'NeighbourhoodParty',
  'CoffeeMoment',
  'Walk',
  'Workshop',
  'InfoSession',
  'SharedMeal',
  'Other',
] as const satisfies readonly ActivityType[];

export const residentGroups = [
  'OlderResidents',
  'Families',
  'Newcomers',
  'YoungPeople',
  'Children',
  'PeopleLivingAlone',
  'ResidentsWithMigrationBackground',
] as const satisfies readonly ResidentGroup[];

/** Who sees the buurtplan, who writes it and who records activities (the API enforces the same). */
export const planRoles = {
  read: new Set(['Admin', 'Coordinator', 'FieldWorker', 'Analyst']),
  write: new Set(['Admin', 'Coordinator']),
  recordActivity: new Set(['Admin', 'Coordinator', 'FieldWorker']),
};

const planKey = (neighbourhoodId: string) => ['neighbourhoods', neighbourhoodId, 'buurtplan'];

export function useBuurtplan(neighbourhoodId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: planKey(neighbourhoodId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/neighbourhoods/{id}/buurtplan', {
          params: { path: { id: neighbourhoodId } },
        }),
      ),
    enabled,
  });
}

const ifMatch = (row: { version: number }) => ({ 'If-Match': `"${row.version}"` });

/** Every change reloads the plan; not awaited, so the caller's callbacks run at once. */
function usePlanMutation<TInput, TResult>(
  neighbourhoodId: string,
  mutationFn: (input: TInput) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: planKey(neighbourhoodId) }),
  });
}

/** Adds a goal, or with `goal` replaces it, sending the version on screen as If-Match. */
export function useSaveGoal(neighbourhoodId: string, goal?: PlanGoal) {
  return usePlanMutation(neighbourhoodId, (body: PlanGoalInput) =>
    unwrap(
      goal
        ? api.PUT('/api/v1/buurtplan/goals/{id}', {
            params: { path: { id: goal.id } },
            body,
            headers: ifMatch(goal),
          })
        : api.POST('/api/v1/neighbourhoods/{id}/buurtplan/goals', {
            params: { path: { id: neighbourhoodId } },
            body,
          }),
    ),
  );
}

export function useSaveAction(neighbourhoodId: string, goalId: string, action?: PlanAction) {
  return usePlanMutation(neighbourhoodId, (body: PlanActionInput) =>
    unwrap(
      action
        ? api.PUT('/api/v1/buurtplan/actions/{id}', {
            params: { path: { id: action.id } },
            body,
            headers: ifMatch(action),
          })
        : api.POST('/api/v1/buurtplan/goals/{id}/actions', {
            params: { path: { id: goalId } },
            body,
          }),
    ),
  );
}

export function useChangeActionStatus(neighbourhoodId: string) {
  return usePlanMutation(
    neighbourhoodId,
    ({ action, status }: { action: PlanAction; status: PlanActionStatus }) =>
      unwrap(
        api.PUT('/api/v1/buurtplan/actions/{id}/status', {
          params: { path: { id: action.id } },
          body: { status },
          headers: ifMatch(action),
        }),
      ),
  );
}

export function useSaveActivity(neighbourhoodId: string, activity?: NeighbourhoodActivity) {
  return usePlanMutation(neighbourhoodId, (body: NeighbourhoodActivityInput) =>
    unwrap(
      activity
        ? api.PUT('/api/v1/activities/{id}', {
            params: { path: { id: activity.id } },
            body,
            headers: ifMatch(activity),
          })
        : api.POST('/api/v1/neighbourhoods/{id}/activities', {
            params: { path: { id: neighbourhoodId } },
            body,
          }),
    ),
  );
}
