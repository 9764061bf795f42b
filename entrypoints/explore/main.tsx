import { render } from 'preact';
import { ExploreApp } from '../../components/explore/ExploreApp';
import '../../components/ui/theme.css';
import { applyKindColors } from '../../components/ui/kind-colors';
import '../../components/explore/explore.css';

applyKindColors(document);
render(<ExploreApp />, document.getElementById('app')!);
