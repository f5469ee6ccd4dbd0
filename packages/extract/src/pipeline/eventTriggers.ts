import type { EventType } from '@newsgraph/model';

export interface Trigger {
  type: EventType;
  /** Case-insensitive pattern on the sentence; the match is the evidence. */
  re: RegExp;
  /** Noun triggers take their source from "from/by X" or a possessive, verbs from the subject. */
  pos: 'verb' | 'noun';
  confidence: number;
  /** Symmetric acts (talks, agreements): "A and B agreed" makes A the source and B the target. */
  symmetric?: boolean;
}

/** Every inflection of a regular verb: "accuse" → accuse|accuses|accused|accusing; irregular pasts are listed. */
export function verbForms(base: string, ...irregular: string[]): string {
  const forms = new Set<string>([base, ...irregular]);
  if (/e$/.test(base)) {
    forms.add(`${base}s`).add(`${base}d`).add(`${base.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(base)) {
    forms.add(`${base.slice(0, -1)}ies`).add(`${base.slice(0, -1)}ied`).add(`${base}ing`);
  } else {
    forms.add(/(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`).add(`${base}ed`).add(`${base}ing`);
  }
  return [...forms].sort((a, b) => b.length - a.length).join('|');
}
const V = (base: string, ...irregular: string[]) => `(?:${verbForms(base, ...irregular)})`;

const t = (type: EventType, pos: Trigger['pos'], confidence: number, source: string, symmetric = false): Trigger => ({
  type, pos, confidence, re: new RegExp(`\\b(?:${source})\\b`, 'giu'), ...(symmetric ? { symmetric } : {}),
});

const PACT = '(?:agreement|deal|accord|treaty|pact|memorandum|ceasefire|truce|protocol)';

// Trigger words per PLOVER type; which words count is a judgement, so it lives here as data. Verbs come in every
// inflection ("would deploy", "deployed", "deploying") because modality, not the verb form, says whether it happened.
export const TRIGGERS: Trigger[] = [
  t('CONSULT', 'verb', 0.8, `(?:${V('speak', 'spoke', 'spoken')}|${V('talk')})\\s+(?:\\w+ly\\s+)?(?:by\\s+(?:tele)?phone\\s+)?(?:on\\s+\\w+day\\s+)?(?:with|to)|${V('meet', 'met')}(?:\\s+with)?|meetings?\\s+(?:with|between)|${V('hold', 'held')}\\s+(?:(?:phone|telephone|bilateral|direct|fresh|emergency|further)\\s+)?(?:talks|consultations|a\\s+meeting)|${V('host')}|${V('visit')}|${V('travel', 'travelled', 'traveled')}\\s+to|${V('receive')}\\s+the\\s+(?:ambassador|envoy|minister|president|prime\\s+minister)|${V('broker')}|${V('mediate')}|${V('send', 'sent')}\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:delegation|envoy|team|mission)\\s+to|${V('discuss')}`, true),
  t('CONSULT', 'noun', 0.75, '(?:phone|telephone)\\s+call|call\\s+(?:with|between)|conversation|talks\\s+(?:with|between|in)|summit\\s+(?:with|between)|consultations\\s+with|round\\s+of\\s+talks|shuttle\\s+diplomacy|mediation', true),
  t('THREATEN', 'verb', 0.8, `${V('threaten')}|${V('warn')}|vowed\\s+to\\s+retaliate|could\\s+strike`),
  t('THREATEN', 'noun', 0.7, 'threats?|warning|ultimatum'),
  t('ASSAULT', 'verb', 0.75, `${V('attack')}|${V('bomb')}|${V('shell')}|struck|${V('invade')}|${V('kill')}|${V('ambush')}|${V('raid')}|${V('ram', 'rammed', 'ramming')}|${V('detonate')}|fought|returned\\s+fire|launch(?:ed|es|ing)?\\s+(?:an?\\s+)?(?:[\\w"“”]+\\s+){0,2}(?:attack|strikes?|offensive|counter-offensive|assault)|fired\\s+(?:missiles|rockets|drones|shells|tear\\s+gas|on|at)`),
  t('ASSAULT', 'noun', 0.7, 'military\\s+operation|air\\s*strikes?|drone\\s+strikes?|missile\\s+strikes?|airstrikes?|bombing|shelling|invasion|offensive|raid|assault|attack|artillery\\s+fire|killing\\s+of'),
  t('REQUEST', 'verb', 0.75, `${V('urge')}|(?:call|calls|called|calling)\\s+(?:for|on)|${V('ask')}|${V('request')}|${V('demand')}|${V('appeal')}\\s+to|${V('lobby')}`),
  t('REQUEST', 'noun', 0.65, 'request\\s+from|appeal\\s+from'),
  t('ACCUSE', 'verb', 0.75, `${V('accuse')}|${V('blame')}|${V('criticize')}|${V('criticise')}|${V('condemn')}|${V('denounce')}|protested\\s+the`),
  t('REJECT', 'verb', 0.7, `${V('reject')}|${V('refuse')}|${V('dismiss')}|${V('veto')}|turned\\s+down|would\\s+not\\s+join|vote\\s+against`),
  t('AGREE', 'verb', 0.75, `(?:${V('agree')})(?:\\s+(?:on\\s+\\w+day\\s+)?(?:to|on))?|(?:${V('sign')})\\s+(?:(?:an?|the|their)\\s+)?(?:[\\w-]+\\s+){0,5}?${PACT}|${PACT}\\s+(?:\\w+\\s+){0,4}?was\\s+signed|(?:reach|reached|reaching)\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:agreement|deal)|${V('negotiate')}\\s+(?:the\\s+|an?\\s+)?(?:\\w+\\s+){0,2}${PACT}|produced\\s+an\\s+agreement`, true),
  t('SUPPORT', 'verb', 0.7, `${V('praise')}|${V('endorse')}|${V('back')}(?=\\s+(?:the|a|an|its|his|her|their)\\b)|${V('welcome')}|${V('thank')}|${V('support')}|(?:expressed|voiced)\\s+support\\s+for`),
  t('CONCEDE', 'verb', 0.7, `${V('concede')}|made\\s+concessions|eased\\s+(?:restrictions|sanctions)|lifted\\s+(?:the\\s+)?(?:sanctions|blockade|ban|restrictions)|released\\s+(?:\\d+\\s+)?(?:prisoners|hostages|detainees)|${V('apologize')}|${V('apologise')}`),
  t('COOPERATE', 'verb', 0.65, `(?:${V('cooperate')})\\s+with|joint\\s+(?:patrols?|exercises?|military\\s+exercises?|operations?)|(?:${V('share', 'shared')})\\s+(?:the\\s+)?(?:\\w+\\s+){0,3}?(?:intelligence|data)|${V('coordinate')}\\s+(?:patrols?|operations?)|(?:${V('contribute')})\\s+(?:\\w+\\s+){0,6}?to\\s+the`),
  t('AID', 'verb', 0.7, `(?:provided|sent|delivered|pledged|donated|offered)\\s+(?:\\$?[\\d.,]+\\s+(?:million|billion)\\s+(?:\\w+\\s+)?(?:in\\s+)?)?(?:humanitarian\\s+|military\\s+|economic\\s+|financial\\s+|emergency\\s+)?(?:aid|assistance|supplies|weapons)|(?:supplied|supplies|supply|supplying)\\s+(?:the\\s+\\w+\\s+with\\s+)?(?:weapons|arms)|${V('evacuate')}|armed\\s+the|(?:offered|offers)\\s+to\\s+fund`),
  t('RETREAT', 'verb', 0.7, `(?:${V('withdraw', 'withdrew', 'withdrawn')})|pulled\\s+(?:out|back)|${V('retreat')}|allowed\\s+(?:\\w+\\s+){0,2}(?:flights|aid|convoys|inspectors|monitors)|eased\\s+(?:some\\s+)?sanctions|given\\s+access`),
  t('PROTEST', 'verb', 0.65, `protested(?!\\s+the)|${V('rally')}|${V('march')}|demonstrated\\s+(?:against|in)|took\\s+to\\s+the\\s+streets`),
  t('PROTEST', 'noun', 0.6, 'protests?|demonstrations?|rally|rallies'),
  t('SANCTION', 'verb', 0.75, `sanctioned|(?:${V('impose')})\\s+(?:new\\s+|further\\s+|fresh\\s+)?(?:sanctions|tariffs|an?\\s+embargo)|expelled\\s+(?:\\w+\\s+)?diplomats|froze\\s+(?:\\w+\\s+)?assets|(?:briefly\\s+)?recalled\\s+(?:its\\s+)?ambassador|cut\\s+(?:diplomatic\\s+)?ties|(?:cut|cuts)\\s+(?:\\w+\\s+){0,2}aid\\s+to|suspended\\s+(?:diplomatic\\s+relations|its\\s+(?:participation|membership))`),
  t('SANCTION', 'noun', 0.65, 'sanctions\\s+(?:on|against)|embargo\\s+(?:on|against)|tariffs\\s+(?:on|against)'),
  t('MOBILIZE', 'verb', 0.65, `${V('deploy')}|${V('mobilize')}|${V('mobilise')}|massed\\s+troops|put\\s+(?:\\w+\\s+)?on\\s+(?:high\\s+)?alert|(?:had\\s+been\\s+|were\\s+)moved\\s+closer`),
  t('COERCE', 'verb', 0.7, `${V('arrest')}|${V('detain')}|${V('seize')}|${V('deport')}|${V('extradite')}|${V('blockade')}|expelled|banned|(?:${V('close')})\\s+(?:\\w+\\s+){0,3}?(?:border|borders|crossings?|ports?|airspace)|(?:have|has|had)\\s+held\\s+(?=\\p{Lu})`),
  t('COERCE', 'noun', 0.65, 'arrest\\s+(?:\\w+\\s+){0,2}of|detention\\s+of'),
];

export const HYPOTHETICAL = /\b(?:might|could|may|possible|possibly|potential|if|whether|risk\s+of|fears?\s+of)\b/i;
export const PLANNED = /\b(?:will|would|plans?\s+to|planned|planning\s+to|intends?\s+to|scheduled|set\s+to|expected\s+to|due\s+to|is\s+to|are\s+to|upcoming|offered\s+to|ready\s+to)\b/i;
export const DENIED = /\b(?:denied|denies|did\s+not|didn['’]t|never|no\s+longer|has\s+not|have\s+not|had\s+not)\b/i;
