import type { ProseText } from './prose-text.js';

/**
 * What a prose number is about: requests received, new, carried over from last year, carried
 * forward, completed; requests by applicant; reconsiderations and lawsuits; fees; normative documents.
 */
export type ClaimTopic =
  | 'received'
  | 'new'
  | 'carriedOver'
  | 'carriedForward'
  | 'completed'
  | 'applicant'
  | 'reconsideration'
  | 'litigation'
  | 'fees'
  | 'documentsIssued'
  | 'documentsRepealed'
  | 'documentsInForce'
  | 'documentsPublished';

/**
 * A number the prose states about the report's own tables, with where it was read.
 *
 * @example
 * const claim: ProseClaim = { topic: 'received', value: 75, unit: '件', text: '收到政府信息公开申请75件', start: 120, end: 132, section: 'overview' };
 */
export interface ProseClaim {
  topic: ClaimTopic;
  value: number;
  unit: '件' | '元' | '万元';
  /** Decimals printed (for amounts). */
  decimals: number;
  /** For `applicant`: the T3 column key, or 'organisations' for 法人或其他组织. */
  column?: string;
  /** The phrase, as folded prose. */
  text: string;
  /** Offsets in the prose text. */
  start: number;
  end: number;
  section: string;
}

/** A recogniser: a pattern whose group `n` is the number, and the sections and context it needs. */
interface Rule {
  topic: ClaimTopic;
  re: RegExp;
  /** Must the clause speak of disclosure requests (公开/申请), unless in section 三? */
  needsRequestContext: boolean;
  /** Sections where the phrase is read without further context. */
  sections: readonly string[];
  /** Sections where the phrase is read only in a clause about disclosure (政府信息公开, 依申请). */
  contextSections?: readonly string[];
  column?: (m: RegExpExecArray) => string;
}

/** The number, with the spaces PDF text and some editors put around it (申请 749 件). */
const N = '\\s{0,2}(?<n>\\d{1,7})\\s{0,2}';
const PIECES = '(?:件|宗|个|份)';
const APPLICANT_COLUMNS: Record<string, string> = {
  自然人: 'naturalPerson',
  商业企业: 'commercial',
  科研机构: 'research',
  社会公益组织: 'publicInterest',
  法律服务机构: 'legalService',
  法人或其他组织: 'organisations',
  法人和其他组织: 'organisations',
  法人及其他组织: 'organisations',
};

const REQUEST_SECTIONS = ['overview', 'requests'] as const;
const RULES: Rule[] = [
  { topic: 'new', re: new RegExp(`(?:本年度?)?新收(?:到)?(?:政府信息公开|信息公开)?(?:申请)?(?:共)?${N}件`, 'gu'), needsRequestContext: true, sections: REQUEST_SECTIONS },
  { topic: 'carriedOver', re: new RegExp(`上一?年度?结转(?:的)?(?:政府信息公开)?(?:申请)?${N}件`, 'gu'), needsRequestContext: true, sections: REQUEST_SECTIONS },
  { topic: 'carriedForward', re: new RegExp(`结转(?:至|到)?下一?年度?(?:继续)?(?:办理)?(?:的)?(?:申请)?${N}件`, 'gu'), needsRequestContext: true, sections: REQUEST_SECTIONS },
  { topic: 'carriedForward', re: new RegExp(`${N}件(?:申请)?(?:需)?结转(?:至|到)?下一?年度?`, 'gu'), needsRequestContext: true, sections: REQUEST_SECTIONS },
  { topic: 'completed', re: new RegExp(`(?:办结|办理)(?:政府信息公开|信息公开)?(?:申请)?(?:共)?${N}件`, 'gu'), needsRequestContext: true, sections: REQUEST_SECTIONS },
  {
    topic: 'applicant',
    re: new RegExp(`(?<who>自然人|商业企业|科研机构|社会公益组织|法律服务机构|法人或其他组织|法人和其他组织|法人及其他组织)(?:的)?(?:提出)?(?:的)?(?:申请)?(?:共)?${N}件`, 'gu'),
    needsRequestContext: true,
    sections: REQUEST_SECTIONS,
    column: (m) => APPLICANT_COLUMNS[m.groups!.who!]!,
  },
  {
    topic: 'received',
    re: new RegExp(
      `(?:收到|受理|接收|接到|收悉)(?:了)?(?:[^，。；;\\d]{0,16}?(?:政府信息公开|信息公开)申请|(?:各类|群众|公民|社会公众)?(?:的)?(?:政府信息)?申请|依申请公开(?:政府信息)?(?:申请)?)(?:事项)?(?:共计|合计|总计|共)?${N}${PIECES}`,
      'gu',
    ),
    needsRequestContext: true,
    sections: REQUEST_SECTIONS,
  },
  { topic: 'reconsideration', re: new RegExp(`(?:行政复议|复议)(?:申请|案件)?(?:共)?${N}(?:件|起|宗|次)`, 'gu'), needsRequestContext: false, sections: ['reviewLitigation'], contextSections: REQUEST_SECTIONS },
  { topic: 'litigation', re: new RegExp(`(?:行政诉讼|诉讼)(?:案件)?(?:共)?${N}(?:件|起|宗|次)`, 'gu'), needsRequestContext: false, sections: ['reviewLitigation'], contextSections: REQUEST_SECTIONS },
  { topic: 'fees', re: /行政事业性收费(?:金额|总额|收入)?(?:共|共计|合计)?(?:为)?\s{0,2}(?<n>\d{1,9}(?:\.\d{1,6})?)\s{0,2}(?<unit>万元|元)/gu, needsRequestContext: false, sections: ['overview', 'proactive'] },
  { topic: 'documentsIssued', re: new RegExp(`(?:制发|印发|出台|制定)(?:了)?(?:行政)?规范性文件(?:共)?${N}件`, 'gu'), needsRequestContext: false, sections: ['overview', 'proactive'] },
  { topic: 'documentsRepealed', re: new RegExp(`废止(?:了)?(?:行政)?规范性文件(?:共)?${N}件`, 'gu'), needsRequestContext: false, sections: ['overview', 'proactive'] },
  { topic: 'documentsInForce', re: new RegExp(`现行有效(?:的)?(?:行政)?规范性文件(?:共)?${N}件`, 'gu'), needsRequestContext: false, sections: ['overview', 'proactive'] },
  { topic: 'documentsPublished', re: new RegExp(`(?:主动)?公开(?:了)?(?:行政)?规范性文件(?:共)?${N}件`, 'gu'), needsRequestContext: false, sections: ['overview', 'proactive'] },
];

const CLAUSE_END = /[。；;！!？?\n]/u;
const SENTENCE_END = /[。！!？?\n]/u;
/** In the clause before the phrase: the number is not about this body's whole year. */
const NOT_THIS_YEAR = /上一?年(?!度?结转)|去年|前年|同比|同期|较上|比上|累计|近[三五两]年|[0-9]{1,2}月|上半年|下半年|季度|截至|截止|本级|乡镇|街道|下属|所属|直属|各单位|各部门|其中[^，,]{0,20}?(?:通过|经由|以)|网上|当面|信函|传真|电子邮件|平均|增长|下降|增加|减少|减幅|增幅|多于|少于|超过|不足/u;
/** The clause speaks of disclosure requests. */
const REQUEST_CONTEXT = /公开申请|信息公开|依申请|申请人|申请公开/u;
/** The clause speaks of disclosure (for reconsiderations and lawsuits outside section 四). */
const DISCLOSURE_CONTEXT = /信息公开|依申请公开/u;
/** The clause speaks of something else that is also applied for. */
const OTHER_APPLICATIONS = /许可|审批|行政复议|诉讼|举报|投诉|信访|热线|工单|咨询|建议|提案/u;
/** The phrase's own number is followed by a share or a further qualifier. */
const AFTER_NUMBER = /^(?:\s*(?:%|％|次|人次|余|多))/u;

function clauseStart(text: string, at: number, floor: number, end = CLAUSE_END): number {
  for (let i = at - 1; i >= floor; i--) if (end.test(text[i]!)) return i + 1;
  return floor;
}

/**
 * Reads the numbers a report's prose states about its own tables, with their spans. Only phrases that
 * plainly speak of this body's year are read: a phrase whose clause mentions another year, a part of
 * the year, a subordinate body, a channel or a change (同比, 增加) is skipped, and so is a number
 * followed by a share. Chinese numerals are not read.
 *
 * @example
 * const seven = readFileSync('corpus/audit/lanxi-transport-2022.txt', 'utf8');
 * proseClaims(proseText(parseReport(seven), seven), 2022).map((c) => [c.topic, c.value]).slice(0, 2); // → [['received', 14], ['new', 12]]
 */
export function proseClaims(prose: ProseText, year: number | null): ProseClaim[] {
  const claims: ProseClaim[] = [];
  const { text } = prose;
  for (const section of prose.sections) {
    const body = text.slice(section.start, section.end);
    for (const rule of RULES) {
      const free = rule.sections.includes(section.key);
      if (!free && !rule.contextSections?.includes(section.key)) continue;
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(body); m !== null; m = rule.re.exec(body)) {
        const start = section.start + m.index;
        const end = start + m[0].length;
        const n = m.groups!.n!;
        const cs = clauseStart(text, start, section.start);
        const before = text.slice(cs, start);
        if (NOT_THIS_YEAR.test(before)) continue;
        if (AFTER_NUMBER.test(text.slice(end, end + 3))) continue;
        // Another year named in the clause: the phrase may be about it.
        const years = before.match(/(?:19|20)\d\d(?=年)/gu);
        if (years && year !== null && Number(years[years.length - 1]) !== year) continue;
        if (!free) {
          let clauseEnd = end;
          while (clauseEnd < section.end && !CLAUSE_END.test(text[clauseEnd]!)) clauseEnd++;
          if (!DISCLOSURE_CONTEXT.test(text.slice(cs, clauseEnd))) continue;
        }
        if (rule.needsRequestContext) {
          // The sentence (not only the clause) may name the requests: 受理申请749件；共办理718件，结转31件。
          let clauseEnd = end;
          while (clauseEnd < section.end && !SENTENCE_END.test(text[clauseEnd]!)) clauseEnd++;
          const clause = text.slice(clauseStart(text, start, section.start, SENTENCE_END), clauseEnd);
          // Up to the number: what was applied for is named before it.
          if (OTHER_APPLICATIONS.test(before + m[0])) continue;
          if (section.key !== 'requests' && !REQUEST_CONTEXT.test(clause) && !REQUEST_CONTEXT.test(m[0])) continue;
        }
        const unit = (m.groups!.unit as '元' | '万元' | undefined) ?? '件';
        const dot = n.indexOf('.');
        claims.push({
          topic: rule.topic,
          value: Number(n),
          unit,
          decimals: dot < 0 ? 0 : n.length - dot - 1,
          ...(rule.column ? { column: rule.column(m) } : {}),
          text: m[0],
          start,
          end,
          section: section.key,
        });
      }
    }
  }
  // One number, one claim: where two rules read the same phrase (新收到申请70件), the first rule wins.
  const byEnd = new Map<number, ProseClaim>();
  for (const c of claims) if (!byEnd.has(c.end)) byEnd.set(c.end, c);
  return [...byEnd.values()].sort((a, b) => a.start - b.start);
}
