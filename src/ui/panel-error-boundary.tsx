// Catches a render error inside one panel and offers to try again.
import { Component, type ReactNode } from 'react';
import { ErrorState } from './error-state';

interface State {
  error?: Error;
}

export class PanelErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorState
          message={`This panel failed: ${this.state.error.message}`}
          onRetry={() => this.setState({ error: undefined })}
        />
      );
    }
    return this.props.children;
  }
}
