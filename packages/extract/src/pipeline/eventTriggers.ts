import type { EventType } from '@newsgraph/model';

export interface Trigger {
  type: EventType;
  /** Case-insensitive pattern on the sentence; the match is the evidence. */
  re: RegExp;
  /** Noun triggers take their source from "from/by X" or a possessive, verbs from the subject. */
  pos: 'verb' | 'noun';
  confidence: number;
}

const t = (type: EventType, pos: Trigger['pos'], confidence: number, source: string): Trigger => ({
  type, pos, confidence, re: new RegExp(`\\b(?:${source})\\b`, 'gi'),
});

// Trigger words per PLOVER type; which words count is a judgement, so it lives here as data.
export const TRIGGERS: Trigger[] = [
  t('CONSULT', 'verb', 0.8, '(?:spoke|spoken|speaks|speak|talked|talks|talk)\\s+(?:\\w+ly\\s+)?(?:with|to)|met\\s+(?:with\\s+)?|meets\\s+(?:with\\s+)?|meeting\\s+(?:with|between)|held\\s+(?:phone\\s+)?talks|hosted|visited'),
  t('CONSULT', 'noun', 0.75, '(?:phone|telephone)\\s+call|call\\s+(?:with|between)|conversation|talks\\s+(?:with|between)|summit\\s+(?:with|between)|consultations'),
  t('THREATEN', 'verb', 0.8, 'threatened|threatens|threaten|warned|warns|vowed\\s+to\\s+retaliate'),
  t('THREATEN', 'noun', 0.7, 'threats?|warning|ultimatum'),
  t('ASSAULT', 'verb', 0.75, 'attacked|attacks|bombed|shelled|struck|invaded|killed|ambushed|raided|launched\\s+(?:an?\\s+)?(?:attack|strikes?|offensive|assault)|fired\\s+(?:missiles|rockets|drones)'),
  t('ASSAULT', 'noun', 0.7, 'military\\s+operation|air\\s*strikes?|drone\\s+strikes?|missile\\s+strikes?|airstrikes?|bombing|shelling|invasion|offensive|raid|assault|attack'),
  t('REQUEST', 'verb', 0.75, 'urged|urges|called\\s+(?:for|on)|calls\\s+(?:for|on)|asked|requested|demanded|demands|appealed\\s+to'),
  t('ACCUSE', 'verb', 0.75, 'accused|accuses|blamed|blames|criticized|criticised|condemned|condemns|denounced'),
  t('REJECT', 'verb', 0.7, 'rejected|rejects|refused|refuses|dismissed|vetoed|turned\\s+down'),
  t('AGREE', 'verb', 0.75, 'agreed\\s+(?:to|on)|signed\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?(?:agreement|deal|accord|treaty|pact)|reached\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:agreement|deal)'),
  t('SUPPORT', 'verb', 0.7, 'praised|praises|endorsed|endorses|backed|welcomed|expressed\\s+support\\s+for|voiced\\s+support\\s+for'),
  t('CONCEDE', 'verb', 0.7, 'conceded|eased\\s+(?:restrictions|sanctions)|lifted\\s+(?:the\\s+)?(?:sanctions|blockade|ban|restrictions)|released\\s+(?:\\d+\\s+)?(?:prisoners|hostages|detainees)|apologi[sz]ed'),
  t('COOPERATE', 'verb', 0.65, 'cooperated\\s+with|cooperate\\s+with|joint\\s+(?:patrols?|exercises?|military\\s+exercises?)|shared\\s+intelligence'),
  t('AID', 'verb', 0.7, '(?:provided|sent|delivered|pledged|donated)\\s+(?:\\$?[\\d.,]+\\s+(?:million|billion)\\s+(?:\\w+\\s+)?(?:in\\s+)?)?(?:humanitarian\\s+|military\\s+|economic\\s+|financial\\s+)?(?:aid|assistance|supplies|weapons)'),
  t('RETREAT', 'verb', 0.7, 'withdrew|withdrawn|pulled\\s+out|pulled\\s+back|retreated'),
  t('PROTEST', 'verb', 0.65, 'protested|rallied|marched|demonstrated\\s+(?:against|in)|took\\s+to\\s+the\\s+streets'),
  t('PROTEST', 'noun', 0.6, 'protests?|demonstrations?|rally|rallies'),
  t('SANCTION', 'verb', 0.75, 'sanctioned|imposed\\s+(?:new\\s+)?(?:sanctions|tariffs|an?\\s+embargo)|expelled\\s+(?:\\w+\\s+)?diplomats|froze\\s+(?:\\w+\\s+)?assets|recalled\\s+(?:its\\s+)?ambassador|cut\\s+(?:diplomatic\\s+)?ties|suspended\\s+(?:diplomatic\\s+)?relations'),
  t('SANCTION', 'noun', 0.65, 'sanctions\\s+(?:on|against)|embargo\\s+(?:on|against)|tariffs\\s+(?:on|against)'),
  t('MOBILIZE', 'verb', 0.65, 'deployed|mobilized|mobilised|massed\\s+troops|put\\s+(?:\\w+\\s+)?on\\s+(?:high\\s+)?alert|deploy(?:ing)?\\s+(?:troops|forces|warships)'),
  t('COERCE', 'verb', 0.7, 'arrested|detained|seized|deported|extradited|blockaded|expelled|banned'),
];

export const HYPOTHETICAL = /\b(?:might|could|would|may|possible|possibly|potential|if|whether|risk\s+of|fears?\s+of)\b/i;
export const PLANNED = /\b(?:will|plans?\s+to|planned|planning\s+to|intends?\s+to|scheduled|set\s+to|expected\s+to|is\s+to|are\s+to|upcoming)\b/i;
export const DENIED = /\b(?:denied|denies|did\s+not|didn['’]t|never|no\s+longer|has\s+not|have\s+not|had\s+not)\b/i;
