// Text hidden by the page's stylesheet (a class with visibility:hidden or display:none), which
// the attribute rules of ./skip.ts cannot see. Computed style is read only for elements with a
// class (stylesheets hide by class) and at most `budget` times per collection, so a big page never
// pays for a style lookup per node.

/** A `hidden(el)` test for the collector (lib/dom/collect.ts), bounded by `budget` lookups. */
export function createStyleCheck(view: Pick<Window, 'getComputedStyle'>, budget = 1500): (el: Element) => boolean {
  let left = budget;
  return (el) => {
    if (left <= 0 || !el.hasAttribute('class')) return false;
    left--;
    const style = view.getComputedStyle(el);
    return style.visibility === 'hidden' || style.display === 'none';
  };
}
