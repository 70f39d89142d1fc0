/**
 * When the map draws flows between regions instead of single arcs: the data worker draws by this rule and the
 * legend explains by it, so the two agree. Free of the arcs' code, so the page can ask without loading it.
 */
export const drawsFlows = (matchingPartnerships: number, flowsAbove: number): boolean => matchingPartnerships > flowsAbove;
