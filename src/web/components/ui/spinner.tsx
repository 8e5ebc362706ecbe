export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}

/** A region that announces itself to screen readers while data loads. */
export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state" role="status">
      <Spinner />
      <p>{label}</p>
    </div>
  );
}
