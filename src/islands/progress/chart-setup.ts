// The one place Chart.js parts are registered, for every chart on the site (progress, coverage):
// only what a horizontal bar chart with tooltips draws, so the bundle carries no other chart types,
// legends or plugins (never `chart.js/auto`). A chart needing more registers it here.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };
