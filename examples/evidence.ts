// Look up a rule and its sources from the evidence registry.
import { citations, formatCitation, rules } from "spinewise/evidence";

const rule = rules["A-5"];
console.log(`${rule.id} ${rule.title}: ${rule.statement}`);
for (const id of rule.citations) console.log(`  ${formatCitation(id)} [${citations[id].kind}]`);
