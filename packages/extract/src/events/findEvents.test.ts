// Table-driven rows for every event pattern and the role, modality and date rules, run through the real spaCy
// parser. Sentences are written for these tests (no corpus text).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor } from '../extractor.ts';
import type { Extraction } from '../extractionSchema.ts';
import { ACT_REFERENCES, EVENT_PATTERNS } from './eventPatterns.ts';

interface Row {
  /** Pattern id (or rule) the row exercises. */
  id: string;
  text: string;
  published?: string;
  /** Expected event: type, source name → target name; null when no event may be found. */
  want: { type: string; source: string; target: string; modality?: string; date?: string | null } | null;
  /** The wanted event is the only one of its type (one happening told twice is one event). */
  only?: boolean;
}

const ROWS: Row[] = [
  // ASSAULT
  {
    id: 'assault.return-fire',
    text: 'Indian troops returned fire on Pakistani positions along the border.',
    want: { type: 'ASSAULT', source: 'India', target: 'Pakistan' },
  },
  {
    id: 'assault.fire-at',
    text: 'North Korean guards fired at South Korean soldiers near the village.',
    want: { type: 'ASSAULT', source: 'North Korea', target: 'South Korea' },
  },
  {
    id: 'assault.verb',
    text: 'Russian forces attacked Ukrainian positions near the river on Monday.',
    published: '2024-03-06',
    want: { type: 'ASSAULT', source: 'Russia', target: 'Ukraine', date: '2024-03-04' },
  },
  {
    id: 'accuse.attack-act',
    text: "Brazil's president attacked Argentina's decision to leave the bloc.",
    want: { type: 'ACCUSE', source: 'Brazil', target: 'Argentina' },
  },
  {
    id: 'objectNot: act nouns',
    text: 'The Chilean minister attacked the proclamation of the reserve as a national park.',
    want: null,
  },
  {
    id: 'assault.strike',
    text: 'Israeli warplanes struck Hamas in a series of raids.',
    want: { type: 'ASSAULT', source: 'Israel', target: 'Hamas' },
  },
  {
    id: 'assault.fight',
    text: 'Armenia fought with Azerbaijan for six weeks.',
    want: { type: 'ASSAULT', source: 'Armenia', target: 'Azerbaijan' },
  },
  {
    id: 'assault.noun',
    text: "Russia's invasion of Ukraine shocked European leaders.",
    want: { type: 'ASSAULT', source: 'Russia', target: 'Ukraine' },
  },
  {
    id: 'assault.military-operation',
    text: "Turkey launched a military operation against the Kurdistan Workers' Party in northern Iraq.",
    want: { type: 'ASSAULT', source: 'Türkiye', target: "Kurdistan Workers' Party" },
  },
  {
    id: 'passive agent',
    text: 'Two Syrian soldiers were killed by an Israeli air strike.',
    want: { type: 'ASSAULT', source: 'Israel', target: 'Syria' },
  },
  {
    id: 'participle subject',
    text: 'Iraqi militias attacked a convoy on Sunday, killing two Turkish soldiers.',
    published: '2024-05-08',
    want: { type: 'ASSAULT', source: 'Iraq', target: 'Türkiye', date: '2024-05-05' },
  },
  // COERCE
  {
    id: 'coerce.close-border',
    text: 'Poland closed its border crossings with Belarus last month.',
    published: '2025-09-05',
    want: { type: 'COERCE', source: 'Poland', target: 'Belarus', date: '2025-08' },
  },
  {
    id: 'coerce.blockade',
    text: 'Israel imposed a blockade on Gaza.',
    want: { type: 'COERCE', source: 'Israel', target: 'Gaza' },
  },
  {
    id: 'coerce.verb',
    text: 'Iranian police arrested two French citizens in Tehran.',
    want: { type: 'COERCE', source: 'Iran', target: 'France' },
  },
  {
    id: 'coerce.hold',
    text: 'Venezuela has held three Colombian soldiers since March.',
    want: { type: 'COERCE', source: 'Venezuela', target: 'Colombia' },
  },
  {
    id: 'coerce.noun',
    text: "China's detention of Canadian diplomats angered Ottawa.",
    want: { type: 'COERCE', source: 'China', target: 'Canada' },
  },
  // SANCTION
  {
    id: 'sanction.impose',
    text: 'The European Union imposed sanctions on Russia, Belarus and Iran.',
    want: { type: 'SANCTION', source: 'European Union', target: 'Iran' },
  },
  {
    id: 'sanction.recall',
    text: 'France recalled its ambassador from Australia on Friday.',
    published: '2021-09-18',
    want: { type: 'SANCTION', source: 'France', target: 'Australia', date: '2021-09-17' },
  },
  {
    id: 'sanction.expel-diplomats',
    text: 'Germany expelled two Russian diplomats.',
    want: { type: 'SANCTION', source: 'Germany', target: 'Russia' },
  },
  {
    id: 'sanction.cut-ties',
    text: 'Morocco cut diplomatic ties with Iran.',
    want: { type: 'SANCTION', source: 'Morocco', target: 'Iran' },
  },
  {
    id: 'sanction.cancel-visit',
    text: 'The Japanese prime minister cancelled a planned visit to India.',
    want: { type: 'SANCTION', source: 'Japan', target: 'India' },
  },
  {
    id: 'sanction.verb',
    text: 'The United States sanctioned Venezuela over the election.',
    want: { type: 'SANCTION', source: 'United States', target: 'Venezuela' },
  },
  {
    id: 'sanction.noun',
    text: "Canada's sanctions against Myanmar took effect on Monday.",
    want: { type: 'SANCTION', source: 'Canada', target: 'Myanmar' },
  },
  // MOBILIZE
  { id: 'mobilize.deploy', text: 'India deployed additional troops to the border with China.', want: null },
  {
    id: 'mobilize.deploy',
    text: 'Russia deployed 10,000 troops against Ukraine.',
    want: { type: 'MOBILIZE', source: 'Russia', target: 'Ukraine' },
  },
  {
    id: 'mobilize.verb',
    text: 'Britain mobilized reservists against Iraq.',
    want: { type: 'MOBILIZE', source: 'United Kingdom', target: 'Iraq' },
  },
  // THREATEN
  {
    id: 'threaten.verb',
    text: 'Iran threatened to close the strait unless the United States lifted its embargo.',
    want: { type: 'THREATEN', source: 'Iran', target: 'United States', modality: 'threatened' },
  },
  {
    id: 'threaten.noun',
    text: 'Turkey issued threats against Greece over the islands.',
    want: { type: 'THREATEN', source: 'Türkiye', target: 'Greece', modality: 'threatened' },
  },
  {
    id: 'could strike → threat',
    text: 'Pakistan said its army could strike India within hours.',
    want: { type: 'THREATEN', source: 'Pakistan', target: 'India', modality: 'threatened' },
  },
  // PROTEST
  {
    id: 'protest.verb',
    text: 'Hundreds of Palestinians demonstrated against Israel.',
    want: { type: 'PROTEST', source: 'Palestine', target: 'Israel' },
  },
  {
    id: 'protest.verb',
    text: 'Hundreds of Albanians demonstrated in Serbia on Tuesday.',
    want: { type: 'PROTEST', source: 'Albania', target: 'Serbia' },
  },
  {
    id: 'protest.noun',
    text: 'Iranian students held protests against France in Tehran.',
    want: { type: 'PROTEST', source: 'Iran', target: 'France' },
  },
  // ACCUSE
  {
    id: 'accuse.protest-act',
    text: "Sweden protested China's detention of the publisher.",
    want: { type: 'ACCUSE', source: 'Sweden', target: 'China' },
  },
  {
    id: 'accuse.verb',
    text: 'Ethiopia accused Egypt of sabotaging the talks.',
    want: { type: 'ACCUSE', source: 'Ethiopia', target: 'Egypt' },
  },
  {
    id: 'accuse.verb',
    text: "The United States condemned North Korea's missile launch.",
    want: { type: 'ACCUSE', source: 'United States', target: 'North Korea' },
  },
  {
    id: 'accuse.noun',
    text: "Kenya's accusations against Somalia strained relations.",
    want: { type: 'ACCUSE', source: 'Kenya', target: 'Somalia' },
  },
  // REJECT
  {
    id: 'reject.negated-accept',
    text: 'Austria said it would not join NATO.',
    want: { type: 'REJECT', source: 'Austria', target: 'NATO', modality: 'asserted' },
  },
  {
    id: 'reject.turn-down',
    text: "Greece turned down Turkey's offer of talks.",
    want: { type: 'REJECT', source: 'Greece', target: 'Türkiye' },
  },
  {
    id: 'reject.verb',
    text: "Israel rejected Egypt's proposal for a truce.",
    want: { type: 'REJECT', source: 'Israel', target: 'Egypt' },
  },
  // REQUEST
  {
    id: 'request.call-on',
    text: 'Germany called on Iran to release the journalists.',
    want: { type: 'REQUEST', source: 'Germany', target: 'Iran' },
  },
  {
    id: 'request.call-for',
    text: "Norway called for Sudan's cooperation with the inquiry.",
    want: { type: 'REQUEST', source: 'Norway', target: 'Sudan' },
  },
  {
    id: 'request.appeal-to',
    text: 'Lebanon appealed to France for emergency help.',
    want: { type: 'REQUEST', source: 'Lebanon', target: 'France' },
  },
  {
    id: 'request.must',
    text: 'Russia said Georgia must return the helicopter.',
    want: { type: 'REQUEST', source: 'Russia', target: 'Georgia' },
  },
  {
    id: 'request.verb',
    text: 'Japan urged China to stop the patrols.',
    want: { type: 'REQUEST', source: 'Japan', target: 'China' },
  },
  {
    id: 'request.verb',
    text: 'Greece demanded that Turkey withdraw its ships.',
    want: { type: 'REQUEST', source: 'Greece', target: 'Türkiye' },
  },
  {
    id: 'request.noun',
    text: "Ukraine's request to Germany for tanks was granted.",
    want: { type: 'REQUEST', source: 'Ukraine', target: 'Germany' },
  },
  {
    id: 'complement suppressed',
    text: 'Japan urged China to attack nobody.',
    want: { type: 'REQUEST', source: 'Japan', target: 'China' },
  },
  // AGREE
  {
    id: 'agree.sign-pact',
    text: 'Poland signed a defence pact with Sweden on Monday.',
    published: '2025-07-09',
    want: { type: 'AGREE', source: 'Poland', target: 'Sweden', date: '2025-07-07' },
  },
  {
    id: 'agree.passive-pact',
    text: 'A ceasefire between Armenia and Azerbaijan was signed in November.',
    published: '2021-01-10',
    want: { type: 'AGREE', source: 'Armenia', target: 'Azerbaijan', date: '2020-11' },
  },
  {
    id: 'agree.accept',
    text: "Denmark accepted Norway's proposal on fishing quotas.",
    want: { type: 'AGREE', source: 'Denmark', target: 'Norway' },
  },
  {
    id: 'agree.verb',
    text: 'Egypt and Sudan agreed on Tuesday to resume talks.',
    published: '2025-02-12',
    want: { type: 'AGREE', source: 'Egypt', target: 'Sudan', date: '2025-02-11' },
  },
  // CONSULT
  {
    id: 'consult.travel',
    text: 'The French president will travel to China next week.',
    published: '2025-02-12',
    want: { type: 'CONSULT', source: 'France', target: 'China', modality: 'planned' },
  },
  {
    id: 'consult.speak-with',
    text: 'Chancellor Olaf Scholz spoke with Emmanuel Macron by phone.',
    want: { type: 'CONSULT', source: 'Olaf Scholz', target: 'Emmanuel Macron' },
  },
  {
    id: 'consult.verb',
    text: 'Narendra Modi met Joe Biden in Washington.',
    want: { type: 'CONSULT', source: 'Narendra Modi', target: 'Joe Biden' },
  },
  {
    id: 'consult.noun',
    text: 'Israel held talks with Lebanon on the maritime border.',
    want: { type: 'CONSULT', source: 'Israel', target: 'Lebanon' },
  },
  {
    id: 'consult.broker',
    text: 'Qatar brokered a truce between Israel and Hamas in November.',
    want: { type: 'CONSULT', source: 'Qatar', target: 'Israel' },
  },
  {
    id: 'consult.send-envoy',
    text: 'Norway will send an envoy to Colombia next month.',
    want: { type: 'CONSULT', source: 'Norway', target: 'Colombia', modality: 'planned' },
  },
  {
    id: 'consult.mediation',
    text: 'Qatar launched a mediation effort between Rwanda and Congo.',
    want: { type: 'CONSULT', source: 'Qatar', target: 'Rwanda' },
  },
  // SUPPORT
  {
    id: 'support.ties',
    text: 'Albania upgraded diplomatic ties with Serbia.',
    want: { type: 'SUPPORT', source: 'Albania', target: 'Serbia' },
  },
  {
    id: 'support.verb',
    text: "Kenya praised Ethiopia's mediation.",
    want: { type: 'SUPPORT', source: 'Kenya', target: 'Ethiopia' },
  },
  {
    id: 'support.noun',
    text: 'Brazil expressed support for Argentina in the dispute.',
    want: { type: 'SUPPORT', source: 'Brazil', target: 'Argentina' },
  },
  // CONCEDE
  {
    id: 'concede.ease-restrictions',
    text: 'Serbia eased restrictions on Kosovo on Wednesday.',
    published: '2023-05-12',
    want: { type: 'CONCEDE', source: 'Serbia', target: 'Kosovo', date: '2023-05-10' },
  },
  {
    id: 'concede.apologize',
    text: 'Japan apologized to South Korea for the incident.',
    want: { type: 'CONCEDE', source: 'Japan', target: 'South Korea' },
  },
  {
    id: 'concede.accede',
    text: 'Bolivia yielded to Chile on the water dispute.',
    want: { type: 'CONCEDE', source: 'Bolivia', target: 'Chile' },
  },
  {
    id: 'concede.accept-demands',
    text: 'Mozambique accepted demands from Renamo.',
    want: { type: 'CONCEDE', source: 'Mozambique', target: 'Renamo' },
  },
  {
    id: 'concede.withdraw-bill',
    text: 'Kenya withdrew a bill against Safaricom.',
    want: { type: 'CONCEDE', source: 'Kenya', target: 'Safaricom' },
  },
  {
    id: 'concede.call-off',
    text: 'Nigerian unions called off their strike against Shell.',
    want: { type: 'CONCEDE', source: 'Nigeria', target: 'Shell' },
  },
  {
    id: 'concede.allow',
    text: 'Bangladesh allowed Myanmar to inspect the camps.',
    want: { type: 'CONCEDE', source: 'Bangladesh', target: 'Myanmar' },
  },
  // RETREAT
  {
    id: 'retreat.ease-sanctions',
    text: 'The United States eased sanctions on Cuba.',
    want: { type: 'RETREAT', source: 'United States', target: 'Cuba' },
  },
  {
    id: 'retreat.release',
    text: "Iran released Britain's prisoners.",
    want: { type: 'RETREAT', source: 'Iran', target: 'United Kingdom' },
  },
  {
    id: 'retreat.allow-access',
    text: "India allowed Pakistan's relief flights.",
    want: { type: 'RETREAT', source: 'India', target: 'Pakistan' },
  },
  {
    id: 'retreat.withdraw-forces',
    text: 'Russia withdrew its troops from Kazakhstan.',
    want: { type: 'RETREAT', source: 'Russia', target: 'Kazakhstan' },
  },
  {
    id: 'retreat.pull-out',
    text: 'Mali pulled out of the Economic Community of West African States.',
    want: { type: 'RETREAT', source: 'Mali', target: 'Economic Community of West African States' },
  },
  {
    id: 'retreat.noun',
    text: "Vietnam's withdrawal from Cambodia ended the war.",
    want: { type: 'RETREAT', source: 'Vietnam', target: 'Cambodia' },
  },
  // COOPERATE
  {
    id: 'cooperate.share',
    text: 'Ghana shared intelligence with Togo.',
    want: { type: 'COOPERATE', source: 'Ghana', target: 'Togo' },
  },
  {
    id: 'cooperate.verb',
    text: 'Brazil cooperated with Paraguay on the investigation.',
    want: { type: 'COOPERATE', source: 'Brazil', target: 'Paraguay' },
  },
  {
    id: 'cooperate.joint',
    text: 'Egypt and Greece held joint exercises in the Mediterranean.',
    want: { type: 'COOPERATE', source: 'Egypt', target: 'Greece' },
  },
  // AID
  {
    id: 'aid.provide',
    text: 'Turkey sent humanitarian aid to Syria.',
    want: { type: 'AID', source: 'Türkiye', target: 'Syria' },
  },
  { id: 'aid.verb', text: 'Iran armed the Houthis.', want: { type: 'AID', source: 'Iran', target: 'Houthis' } },
  {
    id: 'aid.noun',
    text: "Japan's aid to Indonesia arrived on Monday.",
    want: { type: 'AID', source: 'Japan', target: 'Indonesia' },
  },
  // Modality
  {
    id: 'negation → denied',
    text: 'Rwanda did not attack Burundi.',
    want: { type: 'ASSAULT', source: 'Rwanda', target: 'Burundi', modality: 'denied' },
  },
  {
    id: 'denied that → denied',
    text: 'Iran denied that it had armed Hezbollah.',
    want: { type: 'AID', source: 'Iran', target: 'Hezbollah', modality: 'denied' },
  },
  {
    id: 'will → planned',
    text: 'Spain will send aid to Morocco.',
    want: { type: 'AID', source: 'Spain', target: 'Morocco', modality: 'planned' },
  },
  {
    id: 'plans to → planned',
    text: 'Australia plans to impose sanctions on Iran.',
    want: { type: 'SANCTION', source: 'Australia', target: 'Iran', modality: 'planned' },
  },
  {
    id: 'might → hypothetical',
    text: 'Chile might recall its ambassador from Peru.',
    want: { type: 'SANCTION', source: 'Chile', target: 'Peru', modality: 'hypothetical' },
  },
  {
    id: 'could + force → threat',
    text: 'Chile could close its border with Peru.',
    want: { type: 'THREATEN', source: 'Chile', target: 'Peru', modality: 'threatened' },
  },
  {
    id: 'noun that-clause',
    text: "Donald Trump's warning that American forces would start hitting targets in Mexico alarmed investors.",
    want: { type: 'THREATEN', source: 'Donald Trump', target: 'Mexico', modality: 'threatened' },
  },
  // Parties
  {
    id: 'joint act',
    text: 'Jordan and Britain signed a trade agreement.',
    want: { type: 'AGREE', source: 'Jordan', target: 'United Kingdom' },
  },
  {
    id: 'capital stands for its state',
    text: 'China and Japan argued over the islands. Beijing condemned Tokyo.',
    want: { type: 'ACCUSE', source: 'China', target: 'Japan' },
  },
  {
    id: 'capital for an unnamed state',
    text: 'Beijing condemned Tokyo over the shrine visit.',
    want: { type: 'ACCUSE', source: 'China', target: 'Japan' },
  },
  {
    id: 'pair: both sides + each other',
    text: 'Peru and Chile reopened the border. Both sides later accused each other of violations in November.',
    published: '2025-12-10',
    want: { type: 'ACCUSE', source: 'Peru', target: 'Chile', date: '2025-11' },
  },
  {
    id: 'pair: the two countries',
    text: 'Kenya and Uganda settled the dispute over the island. The two countries signed a fisheries pact on Friday.',
    published: '2025-03-12',
    want: { type: 'AGREE', source: 'Kenya', target: 'Uganda', date: '2025-03-07' },
  },
  {
    id: 'state agent of a list',
    text: 'The leaders of Latvia, Estonia and Poland signed a border pact.',
    want: { type: 'AGREE', source: 'Latvia', target: 'Poland' },
  },
  {
    id: 'dateline is no party',
    text: 'LIMA, March 3 - Peru and Bolivia agreed on Monday to reopen the border.',
    published: '2025-03-04',
    want: { type: 'AGREE', source: 'Peru', target: 'Bolivia', date: '2025-03-03' },
  },
  {
    id: 'indefinite product name is no party',
    text: 'A cyclist was struck by a Toyota Corolla near the station.',
    want: null,
  },
  { id: 'inability is no event', text: 'Serbia and Kosovo could not reach an agreement on the plates.', want: null },
  {
    id: 'offered act is the event',
    text: 'Norway offered to send aid to Sudan.',
    want: { type: 'AID', source: 'Norway', target: 'Sudan', modality: 'planned' },
  },
  { id: 'undergone owner is no target', text: "Italy called for Egypt's release of the student.", want: null },
  {
    id: 'light verb lemma slip (staged)',
    text: 'Lebanese students staged protests against France.',
    want: { type: 'PROTEST', source: 'Lebanon', target: 'France' },
  },
  // Dates
  {
    id: 'date: when-clause on a time',
    text: 'The talks stalled in March 2023, when Ghana accused Togo of bad faith.',
    published: '2025-01-10',
    want: { type: 'ACCUSE', source: 'Ghana', target: 'Togo', date: '2023-03' },
  },
  {
    id: 'date: time phrase before the conjunction',
    text: 'Hungary closed its border with Serbia last month after the police reported attacks.',
    published: '2025-09-05',
    want: { type: 'COERCE', source: 'Hungary', target: 'Serbia', date: '2025-08' },
  },
  {
    id: 'date: participle of a dated clause',
    text: 'On Monday, Jacinda Ardern joined the calls by New Zealand officials asking Fiji to free the sailors.',
    published: '2025-06-11',
    want: { type: 'REQUEST', source: 'Jacinda Ardern', target: 'Fiji', date: '2025-06-09' },
  },
  {
    id: 'date: the occasion of a said act',
    text: 'President Gabriel Boric announced Friday that the mine would reopen.\nThe talks with Bolivia resumed in March.\nBoric also urged Bolivian authorities to reopen the crossing.',
    published: '2026-01-09',
    want: { type: 'REQUEST', source: 'Gabriel Boric', target: 'Bolivia', date: '2026-01-09' },
  },
  {
    id: 'date: same happening, dated telling kept',
    text: 'Ghana and Togo signed a security pact on Monday. Ghana and Togo signed the pact after long talks.',
    published: '2025-06-11',
    want: { type: 'AGREE', source: 'Ghana', target: 'Togo', date: '2025-06-09' },
    only: true,
  },
  // Act references: a definite act noun names the act reported before; its author is the target.
  {
    id: 'ref.sanctions',
    text: 'The European Union imposed sanctions on Belarus. Belarus rejected the sanctions as illegal.',
    want: { type: 'REJECT', source: 'Belarus', target: 'European Union' },
  },
  {
    id: 'ref.deal',
    text: 'Egypt and Ethiopia agreed on Tuesday to resume talks. Sudan welcomed the deal.',
    want: { type: 'SUPPORT', source: 'Sudan', target: 'Ethiopia' },
  },
  {
    id: 'ref.accusation',
    text: 'Mali accused Niger of harbouring rebels. Niger rejected the accusation on Thursday.',
    want: { type: 'REJECT', source: 'Niger', target: 'Mali' },
  },
  {
    id: 'ref.crackdown',
    text: 'Belarusian police arrested two Lithuanian journalists. Poland condemned the arrests.',
    want: { type: 'ACCUSE', source: 'Poland', target: 'Belarus' },
  },
  {
    id: 'ref.attack',
    text: 'Russian forces attacked Ukrainian positions. France condemned the attack.',
    want: { type: 'ACCUSE', source: 'France', target: 'Russia' },
  },
  {
    id: 'ref.demand',
    text: 'Greece demanded that Turkey withdraw its ships. Turkey rejected the demand.',
    want: { type: 'REJECT', source: 'Türkiye', target: 'Greece' },
  },
  {
    id: 'ref.threat',
    text: 'Iran threatened to strike Israel. The United States condemned the threat.',
    want: { type: 'ACCUSE', source: 'United States', target: 'Iran' },
  },
  {
    id: 'ref.move',
    text: 'Canada recalled its ambassador from India. Britain criticised the move.',
    want: { type: 'ACCUSE', source: 'United Kingdom', target: 'Canada' },
  },
  { id: 'no named party, no event', text: 'The officials condemned the attack.', want: null },
  {
    id: 'agree.offer',
    text: 'Japan promised Vietnam a new partnership.',
    want: { type: 'AGREE', source: 'Japan', target: 'Vietnam' },
  },
  {
    id: 'agree.offer: troops offered',
    text: "Kenya offered its soldiers to Somalia's new president.",
    want: { type: 'AGREE', source: 'Kenya', target: 'Somalia' },
  },
  {
    id: 'negated act in a quote is no event',
    text: 'The Polish minister wrote: "Germany is not holding any Polish prisoners."',
    want: null,
  },
  {
    id: 'pronoun after another person is a guess',
    text: 'Emmanuel Macron spoke in Paris on Monday. The complaint against Boris Johnson is that, as mayor, he called on Greece to cut pensions.',
    want: null,
  },
  {
    id: 'pronoun with only its own person named stays',
    text: 'Emmanuel Macron spoke in Paris on Monday. He had urged Greece to cut pensions.',
    want: { type: 'REQUEST', source: 'Emmanuel Macron', target: 'Greece' },
  },
  {
    id: 'objectOnly: offering goods is trade',
    text: 'Two Chilean airlines offer flights to Peruvian cities.',
    want: null,
  },
  {
    id: 'clauseSubject: passive clause asks nobody',
    text: 'Russia said Georgian ports should be closed to foreign ships.',
    want: null,
  },
  {
    id: 'same act told again undated is one event',
    text: 'Canada spoke with Mexico about tariffs. After Canada spoke with Mexico, the markets rose.',
    want: { type: 'CONSULT', source: 'Canada', target: 'Mexico' },
    only: true,
  },
  { id: 'quote: unnamed parties dropped', text: 'The minister said: "We will attack them."', want: null },
];

let extractor: Extractor;
beforeAll(() => {
  extractor = createExtractor();
});
afterAll(async () => {
  await extractor.close();
});

const names = (x: Extraction, ids: string[]) => ids.map((id) => x.entities.find((e) => e.id === id)?.name ?? id);

describe('findEvents', () => {
  it('has a test row for every pattern and act reference', () => {
    const covered = new Set(ROWS.map((r) => r.id));
    expect([...EVENT_PATTERNS, ...ACT_REFERENCES].map((p) => p.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(ROWS.map((r) => [r.id, r.text, r] as const))(
    '%s: %s',
    async (_id, _text, row) => {
      const x = await extractor.extract({ text: row.text, ...(row.published ? { publishedAt: row.published } : {}) });
      const events = x.events.map((e) => ({
        type: e.type,
        sources: names(x, e.sourceIds),
        targets: names(x, e.targetIds),
        modality: e.modality,
        date: e.date?.value ?? null,
      }));
      if (!row.want) {
        expect(events).toEqual([]);
        return;
      }
      const w = row.want;
      const hit = events.find((e) => e.type === w.type && e.sources.includes(w.source) && e.targets.includes(w.target));
      expect(hit, JSON.stringify(events)).toBeDefined();
      if (w.modality) expect(hit!.modality).toBe(w.modality);
      if (w.date !== undefined) expect(hit!.date).toBe(w.date);
      if (row.only) expect(events.filter((e) => e.type === w.type)).toHaveLength(1);
    },
    30_000,
  );
});
