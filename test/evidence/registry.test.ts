import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { citations, formatCitation, rules, ruleIds, type CitationId } from "../../src/evidence/index.js";
import { evidenceDocPath, renderEvidenceDoc } from "../../scripts/evidence-doc.js";

// Every rule ID of ../shared/DOMAIN.md that the code encodes so far (§1–§8, S-12, S-13, §11), listed independently of the registry.
const domainRuleIds = [
  ...Array.from({ length: 13 }, (_, i) => `S-${i + 1}`),
  ...Array.from({ length: 3 }, (_, i) => `J-${i + 1}`),
  ...Array.from({ length: 7 }, (_, i) => `C-${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `T-${i + 1}`),
  ...Array.from({ length: 7 }, (_, i) => `L-${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `P-${i + 1}`),
  ...Array.from({ length: 8 }, (_, i) => `V-${i + 1}`),
  ...Array.from({ length: 18 }, (_, i) => `A-${i + 1}`),
  ...Array.from({ length: 3 }, (_, i) => `E-${i + 1}`),
  ...Array.from({ length: 6 }, (_, i) => `O-${i + 1}`),
  ...Array.from({ length: 12 }, (_, i) => `G-${i + 1}`),
];

describe("rule registry", () => {
  it("holds exactly the rule IDs of the domain reference, in order", () => {
    expect([...ruleIds]).toEqual(domainRuleIds);
  });

  it("gives every rule a statement and at least one known citation", () => {
    for (const id of ruleIds) {
      const rule = rules[id];
      expect(rule.id).toBe(id);
      expect(rule.statement.length).toBeGreaterThan(20);
      expect(rule.citations.length).toBeGreaterThan(0);
      for (const citation of rule.citations) expect(citations[citation]?.id).toBe(citation);
    }
  });

  it("is frozen", () => {
    expect(Object.isFrozen(rules)).toBe(true);
    expect(Object.isFrozen(rules["A-1"])).toBe(true);
    expect(Object.isFrozen(citations["foster-2001"])).toBe(true);
  });
});

describe("citation registry", () => {
  it("cites every source of the domain reference's reference list", () => {
    const expected = [
      "seed-000", "seed-001", "seed-002", "seed-003", "seed-004", "cook-2006", "cook-2014", "nice-ng59",
      "nice-ng65", "nice-cks", "girft-ces", "finucane-2020", "henschke-2013", "nogg-2021", "may-2018",
      "hefford-2008", "fritz-2007", "delitto-1995", "alrwaily-2016", "osullivan-2005", "sahrmann-2002",
      "vandillen-2003", "hill-2008", "suzuki-2020", "kelley-2013", "silbernagel-2007", "thomee-1997",
      "mcgill-1999", "mcgill-2003", "hodges-1996", "leinonen-2000", "foster-1998", "foster-2001",
      "hulin-2014", "gabbett-2016", "piggott-2009", "williams-2017", "lolli-2019", "windt-2019",
      "impellizzeri-2020", "impellizzeri-2021", "roland-1983", "roland-2000", "fairbank-2000", "stratford-1995",
      "ostelo-2008", "abbott-2014",
    ];
    for (const id of expected) expect(Object.keys(citations)).toContain(id);
  });

  it("formats a journal article in Vancouver style", () => {
    expect(formatCitation("foster-2001")).toBe(
      "Foster C, Florhaug JA, Franklin J, et al. A new approach to monitoring exercise training. J Strength Cond Res. 2001;15(1):109–115.",
    );
  });

  it("gives every article a journal, year, volume and pages", () => {
    for (const id of Object.keys(citations) as CitationId[]) {
      const citation = citations[id];
      if (citation.kind !== "article") continue;
      expect(citation.year, id).toBeGreaterThan(1900);
      expect("volume" in citation && citation.volume, id).toBeTruthy();
      expect("pages" in citation && citation.pages, id).toBeTruthy();
    }
  });
});

describe("docs/evidence.md", () => {
  it("is generated from the registry and not stale (run `npm run docs:evidence`)", () => {
    expect(readFileSync(evidenceDocPath, "utf8")).toBe(renderEvidenceDoc());
  });

  it("renders every rule ID", () => {
    const doc = renderEvidenceDoc();
    for (const id of domainRuleIds) expect(doc).toContain(`<a id="${id}"></a>${id} |`);
  });
});
