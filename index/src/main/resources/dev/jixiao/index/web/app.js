// The page's router: #/search?q=… (the default) and #/report/{id}?finding=N|project=N.
import {loadRules} from './labels.js';
import {renderSearch} from './search.js';
import {renderReport} from './report.js';

const root = document.getElementById('app');

function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const i = hash.indexOf('?');
  const path = i < 0 ? hash : hash.slice(0, i);
  const params = new URLSearchParams(i < 0 ? '' : hash.slice(i + 1));
  const m = /^\/report\/([0-9a-f]{16})$/.exec(path);
  window.scrollTo(0, 0);
  if (m) {
    renderReport(root, m[1], params);
  } else {
    renderSearch(root, params);
  }
}

window.addEventListener('hashchange', route);
loadRules().finally(route);
