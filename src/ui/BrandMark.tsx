/** The atlas's mark: two sites and the arc between them. Decorative; the title beside it names the atlas. */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true">
      <circle cx="9" cy="20" r="5" fill="#44AA99" />
      <circle cx="23" cy="11" r="5" fill="#332288" />
      <path d="M9 20 Q14 6 23 11" fill="none" stroke="#D55E00" strokeWidth="2" />
    </svg>
  );
}
