// A table cell's "does not apply" (an em dash), different from "no data yet" (an en dash),
// with the reason for screen readers, who would hear only "dash".
export function NotApplicable({ why }: { why: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{why}</span>
    </>
  );
}
