// Adding and deleting the person's own events (kept in this browser); the timeline reads
// them again after each change.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addOwnEvent, deleteOwnEvent } from '@/lib/own-events-storage';
import { queryKeys } from '@/queries/query-keys';

export function useOwnEventChanges() {
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: queryKeys.ownEvents });
  const add = useMutation({ mutationFn: addOwnEvent, onSuccess: reload });
  const remove = useMutation({ mutationFn: deleteOwnEvent, onSuccess: reload });
  return { add: add.mutateAsync, remove: remove.mutateAsync };
}
