// What opening a cluster needs, and only then: finding the zoom that parts its items (a few trial
// layouts) and the list of what no zoom parts. One chunk, fetched after the first paint and on the
// first click of a cluster; nothing in the first paint may import it statically, or it joins the
// initial script again.

export { planClusterZoom } from './scene/plan-cluster-zoom';
export { ClusterList } from './cluster-list';
