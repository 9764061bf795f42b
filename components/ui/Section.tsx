import type { ComponentChildren } from 'preact';

interface SectionProps {
  title: string;
  /** Controls shown at the right of the heading (a count, a button). */
  aside?: ComponentChildren;
  children: ComponentChildren;
  id?: string;
}

/** A titled block; the heading labels the region so screen readers can jump between sections. */
export function Section({ title, aside, children, id }: SectionProps) {
  const headingId = `${id ?? slug(title)}-heading`;
  return (
    <section class="section" id={id} aria-labelledby={headingId}>
      <header>
        <h2 id={headingId}>{title}</h2>
        {aside}
      </header>
      {children}
    </section>
  );
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
