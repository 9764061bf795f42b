import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface SectionProps {
  title: string;
  /** Controls shown at the right of the heading (a count, a button). */
  aside?: ComponentChildren;
  children: ComponentChildren;
  id?: string;
}

/** A titled block; the heading labels the region so screen readers can jump between sections. A
 *  section without an id gets a unique one: a slug of the title would be empty, and the same for
 *  every section, for a title in Japanese. */
export function Section({ title, aside, children, id }: SectionProps) {
  const generated = useId();
  const headingId = `${id ?? generated}-heading`;
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
