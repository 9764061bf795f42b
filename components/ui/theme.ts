// The shared look of the extension pages, imported once by each page's entrypoint: theme.css, and the
// figure kinds' colour variables from the registry (./kind-colors.ts) before the page renders.
import './theme.css';
import { applyKindColors } from './kind-colors';

applyKindColors(document);
