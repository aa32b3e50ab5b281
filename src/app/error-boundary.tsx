import { Component, type ReactNode } from "react";
import { ErrorScreen } from "./error-screen";

/** A rendering fault shows the translated error screen with a retry instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <ErrorScreen problem={null} onRetry={() => this.setState({ failed: false })} />;
  }
}
