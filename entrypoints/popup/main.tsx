import { render } from 'preact';
render(<main>DealLens</main>, document.getElementById('app')!);
