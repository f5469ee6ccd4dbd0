// Event triggers as data: per PLOVER type, the verb and noun lemmas that report an event and the dependency paths
// that name its source and target. Which words count, and where the parties sit, is a judgement kept here; the
// matcher (matchEventPatterns.ts) only interprets it. Order matters: the first pattern a token satisfies wins, so
// narrow patterns (a verb with a required object or particle) come before the plain verb.
import type { EventType, Modality } from '@newsgraph/model';

/**
 * Where a party of the event sits, relative to the trigger:
 * - `subject`: the verb's subject (inherited by coordinated verbs, participles and control complements); the
 *   `by`-agent of a passive. For a noun trigger: the subject of the light verb that governs it ("launched an attack").
 * - `object`: the verb's direct object; the subject of a passive ("X was killed"). For a noun trigger: its "of" object.
 * - `dative`: the indirect object ("gave Pakistan aid").
 * - `poss`: a noun trigger's possessor or actor modifier ("Russia's invasion", "the US strike", "Russian troops").
 * - `objectOwner`: the party owning the object noun ("rejected Egypt's demand", "an Indian proposal").
 * - `clauseSubject`: the subject of a that-clause complement ("demanded that Hamas renounce …").
 * - `complement`: the party a to-/that-complement acts on ("threatened to strike X", "refused to meet X").
 * - `condition`: the subject of an if/unless clause ("threatened to strike unless Baghdad accepted").
 * - `place`: the state where the event happens ("demonstrated in Serbia", "rioted at a jail in northern Israel").
 * - `prep:<word>`: the object of that preposition on the trigger, its object noun or its light verb ("talks with X").
 */
export type RolePath = 'subject' | 'object' | 'dative' | 'poss' | 'objectOwner' | 'clauseSubject' | 'complement' | 'condition' | 'place' | `prep:${string}`;

export interface EventPattern {
  id: string;
  /** One line: why these words report this type with these parties. */
  reason: string;
  type: EventType;
  pos: 'verb' | 'noun';
  lemmas: readonly string[];
  /** A particle or preposition the verb must carry ("call for", "pull out", "call on"). */
  particle?: readonly string[];
  /** The verb's object (or passive subject) must be one of these lemmas: light verbs ("impose sanctions"). */
  object?: readonly string[];
  /** The verb's object may not be one of these lemmas ("attacked the decision" is no armed attack). */
  objectNot?: readonly string[];
  /** When the verb has a direct object it must be one of these lemmas ("offered a deal", not "offered flights"). */
  objectOnly?: readonly string[];
  /** A noun trigger must carry one of these modifiers ("air strike", "joint exercises"). */
  modifier?: readonly string[];
  /** The verb must govern a that-clause with one of these modal auxiliaries ("said Sudan must return …"). */
  clauseModal?: readonly string[];
  /** The pattern reads a negated verb ("would not join" → REJECT); the negation is then not a denial. */
  negated?: boolean;
  /** A noun trigger counts only under a light verb ("a ceasefire … was signed"), not when merely named. */
  needsHost?: boolean;
  /** Paths tried in order for the source (default: subject, or for nouns poss then subject). */
  sources?: readonly RolePath[];
  /** Paths tried in order for the target; the first that names an actor other than the source wins. */
  targets: readonly RolePath[];
  /** Joint acts: "A and B agreed" is A → B (the first-named party is the source). */
  symmetric?: boolean;
  /** The type fixes the modality (a threat is threatened whatever its tense). */
  modality?: Modality;
  confidence: number;
}

const PACTS = ['agreement', 'deal', 'accord', 'treaty', 'pact', 'memorandum', 'ceasefire', 'truce', 'protocol', 'armistice', 'settlement', 'compact'];
const SANCTION_NOUNS = ['sanction', 'sanctions', 'embargo', 'tariff', 'tariffs', 'boycott', 'restriction', 'restrictions'];
const AID_NOUNS = ['aid', 'assistance', 'supply', 'supplies', 'weapon', 'weapons', 'arm', 'arms', 'food', 'medicine', 'relief', 'loan', 'loans', 'fund', 'funds', 'funding', 'money', 'ammunition', 'equipment', 'asylum', 'grant', 'vaccine', 'vaccines', 'intelligence', 'photograph', 'photographs'];
const FORCE_NOUNS = ['troop', 'troops', 'force', 'forces', 'soldier', 'soldiers', 'brigade', 'brigades', 'battalion', 'battalions', 'army', 'reservist', 'reservists', 'warship', 'warships', 'unit', 'units', 'personnel', 'peacekeeper', 'peacekeepers', 'contingent', 'weapon', 'weapons', 'tank', 'tanks', 'jet', 'jets', 'ship', 'ships', 'vessel', 'vessels', 'police', 'officer', 'officers', 'division', 'divisions', 'fighter', 'fighters', 'battery', 'batteries', 'missile', 'missiles'];
const ATTACK_NOUNS = ['attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'offensive', 'counteroffensive', 'counter-offensive', 'assault', 'raid', 'raids', 'bombing', 'bombardment', 'invasion', 'incursion', 'operation', 'operations', 'shelling', 'ambush', 'fire'];
const RESTRICTION_NOUNS = ['restriction', 'restrictions', 'measure', 'measures', 'emergency', 'curfew', 'ban', 'control', 'controls', 'limit', 'limits', 'rule'];
const CONSULT_NOUNS = ['talk', 'talks', 'meeting', 'meetings', 'summit', 'negotiation', 'negotiations', 'consultation', 'consultations', 'visit', 'conversation', 'discussion', 'discussions', 'dialogue', 'mediation', 'call'];
/** Nouns for what someone said, decided or did on paper: attacking one is criticism of its author, not force. */
const ACT_NOUNS = ['proclamation', 'decision', 'move', 'plan', 'policy', 'policies', 'law', 'bill', 'remark', 'remarks', 'statement', 'comment', 'comments', 'proposal', 'announcement', 'recognition', 'ruling', 'deal', 'agreement', 'decree', 'order', 'speech', 'claim', 'claims', 'report', 'idea', 'approach', 'record', 'handling', 'response', 'budget', 'reform', 'reforms', 'plans', 'decisions', 'measure', 'measures'];
const PRISONER_NOUNS = ['prisoner', 'prisoners', 'hostage', 'hostages', 'detainee', 'detainees', 'captive', 'captives'];
const ACCESS_NOUNS = ['flight', 'flights', 'aid', 'convoy', 'convoys', 'inspector', 'inspectors', 'monitor', 'monitors', 'observer', 'observers', 'access', 'worker', 'workers', 'peacekeeper', 'peacekeepers', 'delivery', 'deliveries', 'return'];

/** Verbs that lend their subject (and modality, date) to the event noun they take as object ("launched an attack"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'launch', 'carry', 'conduct', 'stage', 'mount', 'hold', 'have', 'sign', 'reach', 'conclude', 'strike', 'seal', 'broker',
  'impose', 'slap', 'levy', 'announce', 'order', 'begin', 'start', 'resume', 'renew', 'continue', 'open', 'make', 'pay',
  'issue', 'file', 'lodge', 'level', 'deliver', 'undertake', 'step', 'intensify', 'escalate', 'host', 'attend', 'join',
  'expand', 'extend', 'tighten', 'unleash', 'lead', 'initiate', 'finalize', 'finalise', 'agree', 'approve', 'adopt',
  'express', 'voice', 'offer', 'pledge', 'give', 'send', 'provide', 'organize', 'organise', 'call', 'speed', 'complete', 'accelerate', 'hasten',
]);

export const EVENT_PATTERNS: readonly EventPattern[] = [
  // ── ASSAULT ────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'assault.return-fire', reason: '"returned fire" answers an attack: the shooters assault whoever they answer', type: 'ASSAULT', pos: 'verb', lemmas: ['return', 'open'], object: ['fire'], targets: ['prep:on', 'prep:at', 'prep:against'], confidence: 0.7 },
  { id: 'assault.fire-at', reason: 'firing on/at someone is an attack on them', type: 'ASSAULT', pos: 'verb', lemmas: ['fire', 'shoot'], particle: ['on', 'at', 'upon'], targets: ['prep:on', 'prep:at', 'prep:upon'], confidence: 0.75 },
  { id: 'accuse.attack-act', reason: '"attacked/slammed the decision" is verbal: criticism of the act\'s author', type: 'ACCUSE', pos: 'verb', lemmas: ['attack', 'assail', 'hit', 'blast', 'target'], object: ACT_NOUNS, targets: ['objectOwner'], confidence: 0.6 },
  { id: 'assault.verb', reason: 'verbs of armed or physical attack: the subject attacks the object (never an act on paper)', type: 'ASSAULT', pos: 'verb', objectNot: ACT_NOUNS,
    lemmas: ['attack', 'bomb', 'shell', 'kill', 'invade', 'ambush', 'raid', 'ram', 'murder', 'assassinate', 'massacre', 'torture', 'kidnap', 'abduct', 'hijack', 'bombard', 'storm', 'overrun', 'wound', 'injure', 'behead', 'execute', 'slay', 'gun', 'strafe', 'shoot', 'target', 'abuse', 'capture', 'retake', 'besiege', 'airstrike', 'rocket'],
    targets: ['object', 'prep:on', 'prep:against'], confidence: 0.75 },
  { id: 'assault.strike', reason: '"strike" with an actor as object is an attack (a struck deal is AGREE, matched first)', type: 'ASSAULT', pos: 'verb', objectNot: ACT_NOUNS, lemmas: ['strike', 'hit', 'pound'], targets: ['object'], confidence: 0.7 },
  { id: 'assault.fight', reason: 'fighting or clashing with/against someone is a mutual armed act', type: 'ASSAULT', pos: 'verb', lemmas: ['fight', 'clash', 'battle'], targets: ['prep:with', 'prep:against', 'object'], symmetric: true, confidence: 0.65 },
  { id: 'assault.noun', reason: 'attack nouns: the possessor, actor modifier, by-agent or light-verb subject attacks the on/against/of object', type: 'ASSAULT', pos: 'noun',
    lemmas: ATTACK_NOUNS.filter((n) => n !== 'operation' && n !== 'operations' && n !== 'fire'), targets: ['prep:on', 'prep:against', 'prep:of', 'prep:into', 'prep:in'], confidence: 0.65 },
  { id: 'assault.military-operation', reason: 'a military operation in/against a place is an armed act on it', type: 'ASSAULT', pos: 'noun', lemmas: ['operation', 'operations', 'campaign'], modifier: ['military', 'ground', 'air', 'naval', 'armed'], targets: ['prep:against', 'prep:in', 'prep:into', 'prep:on'], confidence: 0.6 },

  { id: 'sanction.expel-diplomats', reason: 'expelling diplomats sanctions the state they represent', type: 'SANCTION', pos: 'verb', lemmas: ['expel', 'oust'], object: ['diplomat', 'diplomats', 'ambassador', 'envoy', 'attaché', 'staff'], targets: ['objectOwner'], confidence: 0.7 },

  // ── COERCE ─────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'coerce.close-border', reason: 'closing a border, crossing, port or airspace coerces the neighbour on the other side', type: 'COERCE', pos: 'verb', lemmas: ['close', 'shut', 'seal'], object: ['border', 'borders', 'crossing', 'crossings', 'port', 'ports', 'airspace', 'frontier', 'checkpoint', 'checkpoints'], targets: ['prep:with', 'prep:to', 'objectOwner'], confidence: 0.7 },
  { id: 'coerce.blockade', reason: 'imposing a blockade or curfew restricts the target', type: 'COERCE', pos: 'verb', lemmas: ['impose', 'reimpose', 'enforce', 'declare'], object: ['blockade', 'blockades', 'curfew', 'siege'], targets: ['prep:on', 'prep:in', 'prep:against', 'prep:of'], confidence: 0.65 },
  { id: 'coerce.verb', reason: 'arrests, detentions, seizures, expulsions and bans coerce the object', type: 'COERCE', pos: 'verb',
    lemmas: ['arrest', 'detain', 'seize', 'confiscate', 'deport', 'extradite', 'jail', 'imprison', 'intern', 'blockade', 'demolish', 'ban', 'outlaw', 'expel', 'evict', 'prosecute', 'convict', 'sentence', 'raze', 'deface', 'censor', 'suspend', 'prorogue'],
    targets: ['object', 'prep:from'], confidence: 0.7 },
  { id: 'coerce.hold', reason: 'holding a person or their goods (not talks: those have no actor as object) is detention', type: 'COERCE', pos: 'verb', lemmas: ['hold', 'keep'], targets: ['object'], confidence: 0.5 },
  { id: 'coerce.noun', reason: 'arrest/detention nouns: the of-object is coerced by the possessor, by-agent or light-verb subject', type: 'COERCE', pos: 'noun', lemmas: ['arrest', 'detention', 'seizure', 'expulsion', 'deportation', 'extradition', 'blockade', 'crackdown'], targets: ['prep:of', 'prep:on', 'prep:against'], confidence: 0.6 },

  // ── SANCTION ───────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'sanction.impose', reason: 'imposing sanctions, an embargo or tariffs on someone sanctions them', type: 'SANCTION', pos: 'verb', lemmas: ['impose', 'slap', 'levy', 'announce', 'approve', 'adopt', 'extend', 'expand', 'tighten', 'introduce', 'place', 'put', 'reimpose', 'apply', 'widen'], object: SANCTION_NOUNS, targets: ['prep:on', 'prep:against', 'prep:upon'], confidence: 0.8 },
  { id: 'sanction.recall', reason: 'recalling an ambassador from a country is a diplomatic sanction on it', type: 'SANCTION', pos: 'verb', lemmas: ['recall', 'withdraw'], object: ['ambassador', 'envoy', 'diplomat', 'diplomats', 'embassy'], targets: ['prep:from', 'prep:to', 'prep:in'], confidence: 0.75 },
  { id: 'sanction.cut-ties', reason: 'cutting or suspending ties, aid or links with someone reduces relations with them', type: 'SANCTION', pos: 'verb', lemmas: ['cut', 'sever', 'suspend', 'break', 'freeze', 'downgrade', 'halt', 'reduce', 'prohibit', 'stop', 'end', 'withhold', 'delay'], object: ['tie', 'ties', 'relation', 'relations', 'link', 'links', 'aid', 'assistance', 'contact', 'contacts', 'cooperation', 'supply', 'supplies', 'funding', 'membership', 'participation', 'flight', 'flights', 'trade', 'asset', 'assets'], targets: ['prep:with', 'prep:to', 'prep:for', 'prep:in', 'objectOwner'], confidence: 0.7 },
  { id: 'sanction.cancel-visit', reason: 'calling off a visit or talks is a diplomatic sanction on the host', type: 'SANCTION', pos: 'verb', lemmas: ['cancel', 'postpone', 'call'], object: ['visit', 'trip', 'talks', 'meeting', 'summit'], targets: ['prep:to', 'prep:with'], confidence: 0.55 },
  { id: 'sanction.verb', reason: '"sanction X" / "blacklist X" names the sanctioned party directly', type: 'SANCTION', pos: 'verb', lemmas: ['sanction', 'blacklist', 'embargo', 'boycott'], targets: ['object'], confidence: 0.75 },
  { id: 'sanction.noun', reason: 'sanctions nouns: the possessor or light-verb subject sanctions the on/against object', type: 'SANCTION', pos: 'noun', lemmas: ['sanction', 'sanctions', 'embargo', 'tariffs'], targets: ['prep:on', 'prep:against', 'prep:upon'], confidence: 0.65 },

  // ── MOBILIZE ───────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'mobilize.deploy', reason: 'deploying or massing forces toward or against someone', type: 'MOBILIZE', pos: 'verb', lemmas: ['deploy', 'mass', 'send', 'move', 'dispatch', 'station', 'position'], object: FORCE_NOUNS, targets: ['prep:against', 'prep:to', 'prep:into', 'prep:near', 'prep:along', 'prep:on'], confidence: 0.6 },
  { id: 'mobilize.verb', reason: 'mobilizing forces against someone', type: 'MOBILIZE', pos: 'verb', lemmas: ['mobilize', 'mobilise'], targets: ['prep:against', 'prep:for'], confidence: 0.6 },

  // ── THREATEN ───────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'threaten.verb', reason: 'threatening or warning someone, or threatening to act on them', type: 'THREATEN', pos: 'verb', lemmas: ['threaten', 'warn'], targets: ['object', 'complement', 'condition', 'prep:against'], modality: 'threatened', confidence: 0.75 },
  { id: 'threaten.noun', reason: 'threats and ultimatums issued against someone', type: 'THREATEN', pos: 'noun', lemmas: ['threat', 'threats', 'ultimatum', 'warning'], targets: ['prep:against', 'prep:to', 'prep:on', 'complement'], modality: 'threatened', confidence: 0.6 },

  // ── PROTEST ────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'protest.verb', reason: 'demonstrating, rallying or rioting against someone', type: 'PROTEST', pos: 'verb', lemmas: ['protest', 'demonstrate', 'rally', 'march', 'riot', 'picket'], targets: ['prep:against', 'prep:outside', 'place'], confidence: 0.6 },
  { id: 'protest.noun', reason: 'protests and demonstrations against someone', type: 'PROTEST', pos: 'noun', lemmas: ['protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'riot', 'riots', 'march', 'strike'], targets: ['prep:against', 'prep:outside', 'place'], confidence: 0.5 },

  // ── ACCUSE ─────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'accuse.protest-act', reason: 'an official protest at an act ("protested the detention") accuses its author', type: 'ACCUSE', pos: 'verb', lemmas: ['protest'], targets: ['objectOwner'], confidence: 0.6 },
  { id: 'accuse.verb', reason: 'accusing, blaming, condemning or criticising someone, or their act', type: 'ACCUSE', pos: 'verb',
    lemmas: ['accuse', 'blame', 'condemn', 'denounce', 'criticize', 'criticise', 'censure', 'slam', 'rebuke', 'chide', 'castigate', 'decry', 'deplore', 'berate', 'lambast', 'fault', 'sue', 'indict', 'investigate', 'probe', 'charge', 'implicate', 'vilify', 'disparage', 'scold', 'reprimand'],
    targets: ['object', 'objectOwner', 'prep:against'], confidence: 0.75 },
  { id: 'accuse.noun', reason: 'accusations and criticism of/against someone, voiced by the possessor or light-verb subject', type: 'ACCUSE', pos: 'noun', lemmas: ['accusation', 'accusations', 'allegation', 'allegations', 'criticism', 'condemnation', 'complaint', 'lawsuit', 'investigation', 'probe', 'indictment'], targets: ['prep:against', 'prep:of', 'prep:into'], confidence: 0.55 },

  // ── REJECT ─────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'reject.negated-accept', reason: '"would not join / did not accept / refused to comply" rejects the object or its author', type: 'REJECT', pos: 'verb', lemmas: ['accept', 'join', 'recognize', 'recognise', 'accede', 'comply', 'endorse', 'support', 'attend', 'honor', 'honour'], negated: true, targets: ['object', 'objectOwner', 'prep:to', 'prep:with'], confidence: 0.6 },
  { id: 'reject.turn-down', reason: '"turned down" a request or offer rejects its author', type: 'REJECT', pos: 'verb', lemmas: ['turn'], particle: ['down'], targets: ['object', 'objectOwner'], confidence: 0.7 },
  { id: 'reject.verb', reason: 'rejecting, refusing or vetoing someone or their proposal', type: 'REJECT', pos: 'verb', lemmas: ['reject', 'refuse', 'veto', 'dismiss', 'oppose', 'rebuff', 'spurn', 'repudiate', 'defy', 'snub', 'boycott', 'resist', 'disregard', 'violate'],
    targets: ['object', 'objectOwner', 'complement', 'prep:to'], confidence: 0.7 },

  // ── REQUEST ────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'request.call-on', reason: '"called on X to …" asks X', type: 'REQUEST', pos: 'verb', lemmas: ['call'], particle: ['on', 'upon'], targets: ['prep:on', 'prep:upon'], confidence: 0.8 },
  { id: 'request.call-for', reason: '"called for" an act asks its doer, named in the complement or as the object\'s owner', type: 'REQUEST', pos: 'verb', lemmas: ['call', 'push', 'press', 'ask', 'appeal', 'lobby', 'plead'], particle: ['for'], targets: ['objectOwner', 'complement', 'prep:from'], confidence: 0.6 },
  { id: 'request.appeal-to', reason: 'appealing or pleading to/with someone asks them', type: 'REQUEST', pos: 'verb', lemmas: ['appeal', 'plead', 'turn'], particle: ['to', 'with'], targets: ['prep:to', 'prep:with'], confidence: 0.7 },
  { id: 'request.must', reason: '"X said Y must/should …": a statement that someone must act demands it of them', type: 'REQUEST', pos: 'verb', lemmas: ['say', 'insist', 'declare', 'announce', 'state', 'tell'], clauseModal: ['must', 'should'], targets: ['clauseSubject'], confidence: 0.5 },
  { id: 'request.verb', reason: 'urging, asking, demanding or pressing someone (object, that-clause subject or owner of the demanded act)', type: 'REQUEST', pos: 'verb',
    lemmas: ['urge', 'ask', 'request', 'demand', 'press', 'pressure', 'pressurize', 'lobby', 'petition', 'encourage', 'implore', 'exhort', 'beg', 'summon', 'invite', 'subpoena', 'court', 'seek', 'solicit'],
    targets: ['object', 'clauseSubject', 'prep:from', 'prep:of', 'objectOwner'], confidence: 0.7 },
  { id: 'request.noun', reason: 'requests and demands made of someone, by the possessor or light-verb subject', type: 'REQUEST', pos: 'noun', lemmas: ['request', 'demand', 'demands', 'appeal', 'plea', 'subpoena'], targets: ['prep:to', 'prep:from', 'prep:for', 'prep:on'], confidence: 0.5 },

  // ── AGREE ──────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'agree.sign-pact', reason: 'signing, reaching or concluding a pact is a joint agreement with the other party', type: 'AGREE', pos: 'verb', lemmas: ['sign', 'reach', 'conclude', 'strike', 'seal', 'ink', 'finalize', 'finalise', 'negotiate', 'clinch', 'ratify'], object: PACTS, targets: ['prep:with', 'prep:between', 'objectOwner'], symmetric: true, confidence: 0.8 },
  { id: 'agree.passive-pact', reason: '"a ceasefire between A and B was signed": the pact names both parties', type: 'AGREE', pos: 'noun', lemmas: PACTS, needsHost: true, sources: ['prep:between', 'poss', 'subject'], targets: ['prep:with', 'prep:between'], symmetric: true, confidence: 0.6 },
  { id: 'agree.accept', reason: 'accepting a proposal, formula or mediation agrees with its author', type: 'AGREE', pos: 'verb', lemmas: ['accept', 'endorse', 'approve'], object: ['proposal', 'plan', 'offer', 'formula', 'mediation', 'invitation', 'terms', 'conditions', 'initiative', 'framework', 'roadmap', 'ceasefire', 'truce'], targets: ['objectOwner', 'prep:from', 'prep:with'], confidence: 0.65 },
  { id: 'agree.verb', reason: 'agreeing with someone, or to act on them', type: 'AGREE', pos: 'verb', lemmas: ['agree', 'consent'], targets: ['prep:with', 'complement', 'prep:to', 'dative'], symmetric: true, confidence: 0.7 },
  { id: 'agree.offer', reason: 'offering or promising to act toward someone, a pact, help or troops; offering goods or services ("offer flights to Havana") is trade, not agreement', type: 'AGREE', pos: 'verb', lemmas: ['offer', 'promise'], objectOnly: [...PACTS, 'cooperation', 'partnership', 'alliance', 'concession', 'concessions', 'compromise', 'guarantee', 'guarantees', 'assurance', 'assurances', 'support', 'talks', 'negotiations', 'dialogue', 'help', ...FORCE_NOUNS], targets: ['prep:with', 'complement', 'prep:to', 'dative'], symmetric: true, confidence: 0.7 },

  // ── CONSULT ────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'consult.travel', reason: 'travelling to a state (its capital) is a visit to it', type: 'CONSULT', pos: 'verb', lemmas: ['travel', 'fly', 'go', 'head'], particle: ['to'], targets: ['prep:to'], confidence: 0.55 },
  { id: 'consult.speak-with', reason: 'speaking, talking or negotiating with someone is a consultation', type: 'CONSULT', pos: 'verb', lemmas: ['speak', 'talk', 'negotiate', 'confer', 'consult', 'discuss', 'meet', 'chat', 'converse', 'correspond'], particle: ['with'], targets: ['prep:with'], symmetric: true, confidence: 0.75 },
  { id: 'consult.verb', reason: 'meeting, visiting, hosting, phoning or consulting someone', type: 'CONSULT', pos: 'verb', lemmas: ['meet', 'visit', 'host', 'telephone', 'phone', 'consult', 'mediate'], targets: ['object', 'prep:between', 'prep:with'], symmetric: true, confidence: 0.7 },
  { id: 'consult.noun', reason: 'talks, meetings, visits and calls with/between parties held by the light-verb subject or possessor', type: 'CONSULT', pos: 'noun', lemmas: CONSULT_NOUNS, sources: ['poss', 'subject', 'prep:between'], targets: ['prep:with', 'prep:between', 'prep:to'], symmetric: true, confidence: 0.6 },

  { id: 'consult.broker', reason: 'brokering or mediating a pact between others is mediation (CONSULT), the broker is no party to it', type: 'CONSULT', pos: 'verb', lemmas: ['broker', 'mediate', 'facilitate'], object: PACTS, targets: ['prep:between', 'objectOwner', 'prep:with'], confidence: 0.6 },
  { id: 'consult.send-envoy', reason: 'sending an envoy or delegation to a state or body consults it', type: 'CONSULT', pos: 'verb', lemmas: ['send', 'dispatch'], object: ['envoy', 'envoys', 'delegation', 'delegations', 'emissary', 'emissaries', 'mission', 'negotiator', 'negotiators', 'representative', 'representatives'], targets: ['prep:to'], confidence: 0.6 },
  { id: 'consult.mediation', reason: 'a mediation effort or mission between parties consults both', type: 'CONSULT', pos: 'noun', lemmas: ['effort', 'efforts', 'mission', 'initiative', 'bid'], modifier: ['mediation', 'peace', 'diplomatic'], sources: ['poss', 'subject'], targets: ['prep:between', 'prep:with'], confidence: 0.55 },

  // ── SUPPORT ────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'support.ties', reason: 'establishing or upgrading ties with someone is diplomatic support', type: 'SUPPORT', pos: 'verb', lemmas: ['establish', 'upgrade', 'restore', 'normalize', 'normalise', 'strengthen', 'resume'], object: ['tie', 'ties', 'relation', 'relations'], targets: ['prep:with'], symmetric: true, confidence: 0.65 },
  { id: 'support.verb', reason: 'praising, backing, welcoming, thanking or defending someone or their act', type: 'SUPPORT', pos: 'verb',
    lemmas: ['praise', 'endorse', 'back', 'welcome', 'thank', 'support', 'commend', 'applaud', 'hail', 'defend', 'congratulate', 'laud', 'salute', 'forgive', 'recognize', 'recognise', 'champion', 'credit'],
    targets: ['object', 'objectOwner'], confidence: 0.7 },
  { id: 'support.noun', reason: 'support or praise for someone, voiced by the possessor or light-verb subject', type: 'SUPPORT', pos: 'noun', lemmas: ['support', 'praise', 'backing', 'solidarity', 'condolence', 'condolences'], targets: ['prep:for', 'prep:to', 'prep:with'], confidence: 0.55 },

  // ── CONCEDE ────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'concede.ease-restrictions', reason: 'lifting or easing restrictions, a curfew or an emergency yields to those under them', type: 'CONCEDE', pos: 'verb', lemmas: ['lift', 'ease', 'cancel', 'remove', 'relax', 'end', 'scrap', 'loosen', 'rescind', 'revoke'], object: RESTRICTION_NOUNS, targets: ['prep:on', 'prep:in', 'prep:for', 'prep:against'], confidence: 0.6 },
  { id: 'concede.apologize', reason: 'apologising to someone yields to them (the gold conventions file apologies, like compliance, under CONCEDE)', type: 'CONCEDE', pos: 'verb', lemmas: ['apologize', 'apologise'], targets: ['prep:to'], confidence: 0.7 },
  { id: 'concede.accede', reason: 'acceding or conceding to demands yields to the one who made them', type: 'CONCEDE', pos: 'verb', lemmas: ['concede', 'accede', 'yield', 'bow', 'capitulate', 'give', 'cave', 'submit'], targets: ['prep:to', 'objectOwner', 'object'], confidence: 0.65 },
  { id: 'concede.accept-demands', reason: 'accepting or meeting demands yields to their author', type: 'CONCEDE', pos: 'verb', lemmas: ['accept', 'meet', 'grant', 'satisfy', 'heed'], object: ['demand', 'demands', 'request', 'requests', 'condition', 'conditions'], targets: ['objectOwner', 'prep:from', 'prep:of'], confidence: 0.6 },
  { id: 'concede.withdraw-bill', reason: 'withdrawing a bill, proposal or charge yields to those opposing it', type: 'CONCEDE', pos: 'verb', lemmas: ['withdraw', 'drop', 'abandon', 'shelve', 'scrap', 'retract'], object: ['bill', 'proposal', 'plan', 'law', 'charge', 'charges', 'claim', 'claims', 'demand', 'objection', 'objections', 'veto'], targets: ['prep:against', 'objectOwner'], confidence: 0.5 },
  { id: 'concede.call-off', reason: 'calling off a strike or protest yields to the party it targeted', type: 'CONCEDE', pos: 'verb', lemmas: ['call'], particle: ['off'], object: ['strike', 'protest', 'boycott', 'march', 'rally', 'action'], targets: ['prep:with', 'prep:against'], confidence: 0.55 },

  // ── RETREAT ────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'retreat.ease-sanctions', reason: 'easing or lifting sanctions (CAMEO 085) de-escalates toward their target', type: 'RETREAT', pos: 'verb', lemmas: ['lift', 'ease', 'remove', 'suspend', 'relax', 'end', 'drop', 'scrap', 'waive', 'loosen'], object: SANCTION_NOUNS.filter((n) => !n.startsWith('restriction')), targets: ['prep:on', 'prep:against', 'prep:for'], confidence: 0.7 },
  { id: 'retreat.release', reason: 'releasing prisoners or hostages (CAMEO 0841) returns them to their side', type: 'RETREAT', pos: 'verb', lemmas: ['release', 'free', 'return', 'hand', 'repatriate', 'swap', 'exchange'], object: PRISONER_NOUNS, targets: ['prep:to', 'objectOwner'], confidence: 0.6 },
  { id: 'retreat.allow-access', reason: 'letting aid, flights or inspectors in (CAMEO 086) yields access to whoever sends or needs them', type: 'RETREAT', pos: 'verb', lemmas: ['allow', 'permit', 'admit', 'accept', 'receive', 'grant', 'open'], object: ACCESS_NOUNS, targets: ['objectOwner', 'prep:for', 'prep:to', 'prep:from', 'complement'], confidence: 0.55 },
  { id: 'retreat.withdraw-forces', reason: 'withdrawing or pulling forces out of a place retreats from it', type: 'RETREAT', pos: 'verb', lemmas: ['withdraw', 'pull', 'remove', 'evacuate'], object: FORCE_NOUNS, targets: ['prep:from', 'prep:out', 'prep:of'], confidence: 0.7 },
  { id: 'retreat.pull-out', reason: '"pull out/back", "withdraw from", "retreat from" leave a place or a commitment', type: 'RETREAT', pos: 'verb', lemmas: ['withdraw', 'pull', 'retreat', 'leave', 'surrender', 'disarm', 'demobilize', 'demobilise'], particle: ['from', 'out', 'back', 'to'], targets: ['prep:from', 'prep:out', 'prep:of', 'prep:to'], confidence: 0.65 },
  { id: 'retreat.noun', reason: 'a withdrawal or pull-out from a place', type: 'RETREAT', pos: 'noun', lemmas: ['withdrawal', 'pullout', 'pull-out', 'retreat', 'surrender', 'ceasefire'], targets: ['prep:from', 'prep:of', 'prep:to'], confidence: 0.55 },

  // ── COOPERATE ──────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'cooperate.share', reason: 'sharing intelligence, data or information with someone is material cooperation', type: 'COOPERATE', pos: 'verb', lemmas: ['share', 'exchange', 'pool'], object: ['intelligence', 'information', 'data', 'patrol', 'patrols', 'resource', 'resources', 'technology'], targets: ['prep:with'], symmetric: true, confidence: 0.65 },
  { id: 'cooperate.verb', reason: 'cooperating, collaborating or allying with someone', type: 'COOPERATE', pos: 'verb', lemmas: ['cooperate', 'co-operate', 'collaborate', 'ally', 'partner', 'team', 'align', 'coordinate', 'join'], particle: ['with'], targets: ['prep:with'], symmetric: true, confidence: 0.65 },
  { id: 'cooperate.joint', reason: 'joint exercises, patrols or war games with someone', type: 'COOPERATE', pos: 'noun', lemmas: ['exercise', 'exercises', 'patrol', 'patrols', 'drill', 'drills', 'game', 'games', 'manoeuvre', 'manoeuvres', 'maneuver', 'maneuvers', 'operation', 'operations'], modifier: ['joint', 'war', 'combined'], sources: ['poss', 'subject'], targets: ['prep:with', 'prep:between'], symmetric: true, confidence: 0.6 },

  // ── AID ────────────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'aid.provide', reason: 'providing aid, supplies, weapons or asylum to someone', type: 'AID', pos: 'verb', lemmas: ['provide', 'send', 'deliver', 'give', 'donate', 'supply', 'grant', 'offer', 'pledge', 'ship', 'airlift', 'hand', 'extend', 'channel', 'contribute', 'dispatch', 'fly'], object: AID_NOUNS, targets: ['dative', 'prep:to', 'prep:for', 'prep:into'], confidence: 0.7 },
  { id: 'aid.verb', reason: 'arming, funding or supplying someone (or something for them) aids them', type: 'AID', pos: 'verb', lemmas: ['arm', 'fund', 'finance', 'supply', 'equip', 'bankroll', 'assist', 'aid', 'rescue', 'shelter', 'train'], targets: ['object', 'prep:for'], confidence: 0.6 },
  { id: 'aid.noun', reason: 'aid to/for someone from the possessor or light-verb subject', type: 'AID', pos: 'noun', lemmas: ['aid', 'assistance', 'relief', 'donation', 'donations', 'loan'], targets: ['prep:to', 'prep:for'], confidence: 0.5 },
  // Last: the generic reading of "allow", after the access and release readings above.
  { id: 'concede.allow', reason: 'allowing someone to act yields to them', type: 'CONCEDE', pos: 'verb', lemmas: ['allow', 'permit', 'let'], targets: ['object', 'clauseSubject'], confidence: 0.45 },
];

/**
 * Definite nouns that point back to an act already reported ("rejected the sanctions", "welcomed the deal",
 * "criticised the move"): the noun, the event types it can name, and why. The act's author is the party.
 */
export interface ActReference {
  id: string;
  reason: string;
  nouns: readonly string[];
  /** Types of the earlier event it names; empty: any type. */
  types: readonly EventType[];
  /** For joint acts (a deal), every party of the earlier event is its author. */
  allParties?: boolean;
}

export const ACT_REFERENCES: readonly ActReference[] = [
  { id: 'ref.sanctions', reason: '"the sanctions/the embargo/the package" are the sanctions reported before', nouns: ['sanction', 'sanctions', 'embargo', 'package', 'tariffs', 'penalties'], types: ['SANCTION'] },
  { id: 'ref.deal', reason: '"the deal/agreement/truce" is the pact reported before; all who made it are its authors', nouns: ['deal', 'agreement', 'accord', 'pact', 'treaty', 'truce', 'ceasefire', 'memorandum', 'memoranda'], types: ['AGREE'], allParties: true },
  { id: 'ref.accusation', reason: '"the accusation/allegations" are the accusation reported before', nouns: ['accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges'], types: ['ACCUSE'] },
  { id: 'ref.crackdown', reason: '"the crackdown/arrests/detention" is the coercion or force reported before', nouns: ['crackdown', 'arrest', 'arrests', 'detention', 'detentions', 'repression', 'raid', 'raids'], types: ['COERCE', 'ASSAULT'] },
  { id: 'ref.attack', reason: '"the attack/strikes/offensive" is the assault reported before', nouns: ['attack', 'attacks', 'strike', 'strikes', 'offensive', 'invasion', 'bombing', 'shelling', 'killing', 'killings'], types: ['ASSAULT'] },
  { id: 'ref.demand', reason: '"the request/demand/ultimatum" is the request reported before', nouns: ['request', 'demand', 'demands', 'ultimatum', 'call', 'appeal'], types: ['REQUEST'] },
  { id: 'ref.threat', reason: '"the threat/warning" is the threat reported before', nouns: ['threat', 'threats', 'warning'], types: ['THREATEN'] },
  { id: 'ref.move', reason: '"the move/decision/step/offer" is the last act reported before, whatever its type', nouns: ['move', 'decision', 'step', 'offer', 'proposal', 'withdrawal', 'pullback'], types: [] },
];

