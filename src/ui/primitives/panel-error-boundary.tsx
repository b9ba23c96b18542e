// Catches an error thrown while rendering one panel, so the rest of the page keeps
// working, and offers to try again. A query error thrown into it (throwOnError,
// suspense) is reset too, so Retry fetches again rather than showing the same error.
// `onRetry` undoes anything else that would fail the same way (a failed code-split import).
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ReactNode } from 'react';
import { ErrorState } from './error-state';
import { isFailedImport } from './retriable-import';

interface Props {
  children: ReactNode;
  onRetry?: () => void;
}

export function PanelErrorBoundary({ children, onRetry }: Props) {
  const { reset } = useQueryErrorResetBoundary();
  const retry = () => {
    reset();
    onRetry?.();
  };
  return <Boundary onRetry={retry}>{children}</Boundary>;
}

interface State {
  error?: Error;
}

class Boundary extends Component<{ children: ReactNode; onRetry: () => void }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorState
          message={describe(this.state.error)}
          onRetry={() => {
            this.props.onRetry();
            this.setState({ error: undefined });
          }}
        />
      );
    }
    return this.props.children;
  }
}

function describe(error: Error): string {
  if (isFailedImport(error)) return 'This panel could not be loaded. Check the connection and retry.';
  // A data source's message is already written for a person (DataSourceError, by name:
  // ui sits below the adapters).
  if (error.name === 'DataSourceError') return error.message;
  return `This panel failed: ${error.message}`;
}
