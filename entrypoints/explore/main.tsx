import { render } from 'preact';
import { ExploreApp } from '../../components/explore/ExploreApp';
import '../../components/ui/theme';
import '../../components/explore/explore.css';

render(<ExploreApp />, document.getElementById('app')!);
