import { render } from 'preact';
import { localizePage } from '../../lib/i18n';
import { ExploreApp } from '../../components/explore/ExploreApp';
import '../../components/ui/theme';
import '../../components/explore/explore.css';

localizePage(document, 'exploreTitle');
render(<ExploreApp />, document.getElementById('app')!);
