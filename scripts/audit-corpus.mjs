// Writes corpus/audit/: invented reports of several bodies and years for the audit (auditReports,
// `ogi-report audit`). Every body, sentence and number here was written for this project. Each report
// satisfies its own arithmetic; see corpus/MANIFEST.md for what the audit must find across them.
//
//   node scripts/audit-corpus.mjs
import { mkdirSync, writeFileSync } from 'node:fs';

const OUT = new URL('../corpus/audit/', import.meta.url);
const COLS = 7;

/** Table 3 from 一 and 二 (six applicant columns each) and 四; result leaves are spread over a few rows. */
function table3(newRow, overRow, fwdRow) {
  const withTotal = (r) => [...r, r.reduce((a, b) => a + b, 0)];
  const n = withTotal(newRow);
  const o = withTotal(overRow);
  const f = withTotal(fwdRow);
  const done = n.map((v, i) => v + o[i] - f[i]);
  if (done.some((v) => v < 0)) throw new Error('more carried forward than received');
  // Leaves per applicant column; the 总计 column is the sum.
  const leaf = { disclosed: [], partial: [], thirdParty: [], notHeld: [], petition: [], otherOther: [] };
  for (let c = 0; c < 6; c++) {
    const t = done[c];
    const d = Math.floor(t * 0.5);
    const p = Math.floor(t * 0.2);
    const h = Math.floor(t * 0.15);
    const q = Math.floor(t * 0.1);
    const e = t >= 8 ? 1 : 0;
    leaf.disclosed.push(d);
    leaf.partial.push(p);
    leaf.notHeld.push(h);
    leaf.petition.push(q);
    leaf.thirdParty.push(e);
    leaf.otherOther.push(t - d - p - h - q - e);
  }
  for (const k of Object.keys(leaf)) leaf[k] = withTotal(leaf[k]);
  return { n, o, f, done, leaf };
}

const ZERO = Array(COLS).fill(0);

function t3Text(t, template) {
  const row = (label, v) => `${label}\t${v.join('\t')}`;
  const lines = [
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\t\t\t\t\t\t总计',
    '\t自然人\t法人或其他组织\t\t\t\t\t',
    '\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t',
    row('一、本年新收政府信息公开申请数量', t.n),
    row('二、上年结转政府信息公开申请数量', t.o),
    row('三、本年度办理结果\t（一）予以公开\t', t.leaf.disclosed),
    row('\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t', t.leaf.partial),
    row('\t（三）不予公开\t1.属于国家秘密', ZERO),
    row('\t\t2.其他法律行政法规禁止公开', ZERO),
    row('\t\t3.危及“三安全一稳定”', ZERO),
    row('\t\t4.保护第三方合法权益', t.leaf.thirdParty),
    row('\t\t5.属于三类内部事务信息', ZERO),
    row('\t\t6.属于四类过程性信息', ZERO),
    row('\t\t7.属于行政执法案卷', ZERO),
    row('\t\t8.属于行政查询事项', ZERO),
    row('\t（四）无法提供\t1.本机关不掌握相关政府信息', t.leaf.notHeld),
    row('\t\t2.没有现成信息需要另行制作', ZERO),
    row('\t\t3.补正后申请内容仍不明确', ZERO),
    row('\t（五）不予处理\t1.信访举报投诉类申请', t.leaf.petition),
    row('\t\t2.重复申请', ZERO),
    row('\t\t3.要求提供公开出版物', ZERO),
    row('\t\t4.无正当理由大量反复申请', ZERO),
    row('\t\t5.要求行政机关确认或重新出具已获取信息', ZERO),
  ];
  if (template === '2019') lines.push(row('\t（六）其他处理\t', t.leaf.otherOther));
  else {
    lines.push(row('\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ZERO));
    lines.push(row('\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ZERO));
    lines.push(row('\t\t3.其他', t.leaf.otherOther));
  }
  lines.push(row('\t（七）总计\t', t.done), row('四、结转下年度继续办理', t.f));
  return lines.join('\n');
}

function t2Text(y) {
  if (y.template === '2019') {
    const [pl, pc, dl] = y.licensing;
    const [ol, oc, od] = y.otherServices;
    const [ul, uc, ud] = y.punishment;
    const [el, ec, ed] = y.enforcement;
    const [fl, fc] = y.fees;
    const sign = (v) => (v > 0 ? `+${v}` : String(v));
    return [
      '第二十条第（一）项\t\t\t',
      '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
      '规章\t0\t0\t0',
      `规范性文件\t${y.docs.join('\t')}`,
      '第二十条第（五）项\t\t\t',
      '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      `行政许可\t${pl}\t${sign(pc)}\t${dl}`,
      `其他对外管理服务事项\t${ol}\t${sign(oc)}\t${od}`,
      '第二十条第（六）项\t\t\t',
      '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      `行政处罚\t${ul}\t${sign(uc)}\t${ud}`,
      `行政强制\t${el}\t${sign(ec)}\t${ed}`,
      '第二十条第（八）项\t\t\t',
      '信息内容\t上一年项目数量\t本年增/减\t',
      `行政事业性收费\t${fl}\t${sign(fc)}\t`,
      '第二十条第（九）项\t\t\t',
      '信息内容\t采购项目数量\t采购总金额\t',
      `政府集中采购\t${y.procurement.join('\t')}\t`,
    ].join('\n');
  }
  return [
    '第二十条第（一）项\t\t\t',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    '规章\t0\t0\t0',
    `行政规范性文件\t${y.docs.join('\t')}`,
    '第二十条第（五）项\t\t\t',
    '信息内容\t本年处理决定数量\t\t',
    `行政许可\t${y.licensing}\t\t`,
    '第二十条第（六）项\t\t\t',
    '信息内容\t本年处理决定数量\t\t',
    `行政处罚\t${y.punishment}\t\t`,
    `行政强制\t${y.enforcement}\t\t`,
    '第二十条第（八）项\t\t\t',
    '信息内容\t本年收费金额（单位：万元）\t\t',
    `行政事业性收费\t${y.fee}\t\t`,
  ].join('\n');
}

function t4Text(t4) {
  return [
    '行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t',
    '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t',
    '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
    t4.join('\t'),
  ].join('\n');
}

/** A whole report: the title, a preamble, the six sections; `{…}` in the prose is filled from the tables. */
function report(body, year, y) {
  const t = table3(y.new, y.over, y.fwd);
  const fill = (s) =>
    s
      .replaceAll('{new}', t.n[6])
      .replaceAll('{over}', t.o[6])
      .replaceAll('{received}', t.n[6] + t.o[6])
      .replaceAll('{done}', t.done[6])
      .replaceAll('{fwd}', t.f[6])
      .replaceAll('{person}', t.n[0])
      .replaceAll('{orgs}', t.n[6] - t.n[0])
      .replaceAll('{recon}', y.t4[4])
      .replaceAll('{suits}', y.t4[9] + y.t4[14])
      .replaceAll('{issued}', y.docs[0])
      .replaceAll('{repealed}', y.docs[1])
      .replaceAll('{inForce}', y.docs[2])
      .replaceAll('{fee}', y.fee ?? '')
      .replaceAll('{year}', year);
  return [
    `${body}${year}年政府信息公开工作年度报告`,
    '',
    fill(y.preamble),
    '',
    '一、总体情况',
    '',
    ...y.overview.map(fill).flatMap((p) => [p, '']),
    '二、主动公开政府信息情况',
    '',
    t2Text(y),
    '',
    '三、收到和处理政府信息公开申请情况',
    '',
    t3Text(t, y.template),
    '',
    '四、政府信息公开行政复议、行政诉讼情况',
    '',
    t4Text(y.t4),
    '',
    fill(y.review),
    '',
    '五、存在的主要问题及改进情况',
    '',
    fill(y.problems),
    '',
    '六、其他需要报告的事项',
    '',
    fill(y.other),
    '',
  ].join('\n');
}

const NO_T4 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

// 岚溪县交通运输局, 2019–2025: seven years that agree with each other (carry-over, documents in force,
// items carried) and whose prose agrees with their tables. Every year's prose is its own.
const LANXI = '岚溪县交通运输局';
const lanxi = {
  2019: {
    template: '2019',
    preamble: '本报告按照新修订的政府信息公开条例和年度报告格式要求编制，数据统计期限为{year}年1月1日至12月31日。',
    overview: [
      '{year}年，县交通运输局把新条例的学习贯彻作为全年公开工作的起点，局党组会专题研究两次，明确由办公室牵头、各股室分头落实的工作机制。',
      '全年新收政府信息公开申请{new}件，上年结转{over}件，办结{done}件，结转下年度继续办理{fwd}件。申请多围绕农村公路养护资金和客运班线调整。',
      '本年新公开规范性文件{issued}件，均同步在门户网站交通专栏刊发，并附简明的起草说明。',
    ],
    docs: [3, 3, 14],
    licensing: [41, 2, 380],
    otherServices: [12, 0, 95],
    punishment: [66, -4, 210],
    enforcement: [5, 1, 9],
    fees: [4, -1],
    procurement: [6, '432000元'],
    new: [9, 2, 0, 0, 1, 0],
    over: [1, 0, 0, 0, 0, 0],
    fwd: [1, 0, 0, 0, 0, 0],
    t4: [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    review: '本年度因政府信息公开工作被申请行政复议{recon}件，复议机关维持了原答复；没有被提起行政诉讼。',
    problems: '对照新条例，我局在公开目录编制上起步较晚，部分股室对依申请公开的法定时限理解不够准确。明年将编印办理流程图，逐项标注答复期限，并把目录梳理纳入股室年度任务清单。',
    other: '本年度没有收取信息处理费，也没有需要说明的其他情况。',
  },
  2020: {
    template: '2019',
    preamble: '依据政府信息公开条例第五十条的规定，现将{year}年度本局政府信息公开工作情况报告如下。',
    overview: [
      '受疫情影响，{year}年的公开重点转向客运恢复、道路通行管控和物流保通保畅，我局在县政府网站开设防疫交通专题页面，及时更新通行政策。',
      '这一年共收到政府信息公开申请{received}件（含上年结转{over}件），已办结{done}件，另有{fwd}件结转至下一年度办理。',
      '本年新公开规范性文件{issued}件，涉及出租汽车经营权管理和农村客运补贴发放。',
    ],
    docs: [2, 2, 16],
    licensing: [43, 3, 402],
    otherServices: [12, 1, 88],
    punishment: [62, 0, 175],
    enforcement: [6, 0, 4],
    fees: [3, 0],
    procurement: [4, '218500元'],
    new: [11, 1, 0, 1, 0, 0],
    over: [1, 0, 0, 0, 0, 0],
    fwd: [2, 0, 0, 0, 0, 0],
    t4: NO_T4,
    review: '全年未因政府信息公开事项引发行政复议或者行政诉讼。',
    problems: '防疫期间信息发布频次高、来源多，个别通告在网站和公众号上的发布时间不一致。今后统一由办公室审核后同时推送，并建立发布台账以便回溯核对。',
    other: '我局本年度未向申请人收取任何费用。',
  },
  2021: {
    template: '2021',
    preamble: '按照国办公开办函〔2021〕30号印发的新格式，本局编制了{year}年度报告，所列数据截至当年12月31日。',
    overview: [
      '{year}年是新格式年报启用的第一年，局里对照新表样重新核对了历年台账，并邀请县政务公开办到局开展一次现场指导。',
      '全年新收公开申请{new}件、上年结转{over}件，全部按期处理，办结{done}件，尚有{fwd}件转入下年继续办理。其中自然人申请{person}件。',
      '本年制发行政规范性文件{issued}件、废止{repealed}件，现行有效行政规范性文件{inForce}件。',
    ],
    docs: [4, 1, 19],
    licensing: 455,
    punishment: 163,
    enforcement: 3,
    fee: '12.4500',
    new: [14, 2, 0, 0, 0, 1],
    over: [2, 0, 0, 0, 0, 0],
    fwd: [1, 1, 0, 0, 0, 0],
    t4: [0, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0],
    review: '被申请行政复议{recon}件，复议机关作出了纠正决定；行政诉讼{suits}件，案件尚在审理中。',
    problems: '复议纠正的那件申请暴露出我局检索范围过窄的问题。下一步要求承办股室在答复前同时查询档案室和业务系统，并由法制股复核拟作出的“不掌握”答复。',
    other: '全年未收取信息处理费。',
  },
  2022: {
    template: '2021',
    preamble: '现发布岚溪县交通运输局{year}年度政府信息公开工作年度报告，如有疑问可致电局办公室。',
    overview: [
      '围绕“四好农村路”示范县创建，{year}年我局集中公开了建设计划、资金分配和质量抽检结果，让沿线群众看得到、问得着。',
      '本年度收到政府信息公开申请{received}件，其中新收{new}件，办结{done}件，结转下年度{fwd}件。',
      '制发行政规范性文件{issued}件，现行有效{inForce}件，清理后废止{repealed}件。',
    ],
    docs: [2, 3, 18],
    licensing: 470,
    punishment: 140,
    enforcement: 2,
    fee: '9.8000',
    new: [10, 1, 1, 0, 0, 0],
    over: [1, 1, 0, 0, 0, 0],
    fwd: [0, 0, 0, 0, 0, 0],
    t4: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1],
    review: '本年度没有被申请行政复议；复议后起诉的案件1件，法院判决维持。',
    problems: '示范县创建资料量大，部分抽检报告以扫描件形式上网，无法检索。明年将改为可编辑文本，并为每条路段建立单独的信息页。',
    other: '无需要另行说明的事项，本年度亦未收费。',
  },
  2023: {
    template: '2021',
    preamble: '本局依照条例要求，向社会公布{year}年政府信息公开年度报告全文。',
    overview: [
      '{year}年，县里推行政务公开标准化，我局据此把公开事项细化为十一类六十七项，逐项确定公开主体、时限和载体。',
      '当年新收政府信息公开申请{new}件，没有上年结转的申请，办结{done}件，结转下一年度{fwd}件；法人或其他组织申请{orgs}件。',
      '印发行政规范性文件{issued}件，废止行政规范性文件{repealed}件。',
    ],
    docs: [3, 0, 21],
    licensing: 498,
    punishment: 121,
    enforcement: 1,
    fee: '7.0200',
    new: [12, 3, 0, 1, 1, 0],
    over: [0, 0, 0, 0, 0, 0],
    fwd: [2, 0, 0, 0, 1, 0],
    t4: [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    review: '因政府信息公开被申请行政复议1件，结果维持；未发生行政诉讼。',
    problems: '标准化目录公布后，个别事项的更新频率没有跟上，超期未更新的有四项。我们已把更新时限写进股室考核，并安排专人每月巡查。',
    other: '本年度未收取信息处理费，无其他事项。',
  },
  2024: {
    template: '2021',
    preamble: '岚溪县交通运输局{year}年度政府信息公开情况如下，统计口径与上年一致。',
    overview: [
      '这一年我局牵头建设全县交通运输数据开放页面，首批开放客运站点、公交线路和停车泊位三类数据集，供社会公众免费下载。',
      '全年共受理政府信息公开申请{received}件，含上年结转{over}件，已办结{done}件，另有{fwd}件结转下一年度继续办理。',
      '出台行政规范性文件{issued}件，现行有效行政规范性文件{inForce}件。',
    ],
    docs: [1, 2, 20],
    licensing: 512,
    punishment: 98,
    enforcement: 0,
    fee: '5.6600',
    new: [16, 2, 0, 0, 0, 2],
    over: [2, 0, 0, 0, 1, 0],
    fwd: [1, 0, 0, 0, 0, 0],
    t4: NO_T4,
    review: '{year}年没有因政府信息公开工作被申请复议或被起诉的情况。',
    problems: '数据开放页面上线时间不长，数据字段说明较为简略，部分使用者来电询问字段含义。后续将为每个数据集补写字段说明和更新周期。',
    other: '我局未收取信息处理费。',
  },
  2025: {
    template: '2021',
    preamble: '根据县政务公开办的统一部署，本局发布{year}年政府信息公开工作年度报告。',
    overview: [
      '{year}年，我局将重点放在重大交通项目的全过程公开上，从立项批复、招标结果到竣工验收，每个节点都在项目专栏中留痕。',
      '全年新收申请{new}件，上年结转{over}件，办结{done}件，结转下年度继续办理{fwd}件。自然人申请{person}件，占多数。',
      '制发行政规范性文件{issued}件，废止{repealed}件，现行有效{inForce}件。',
    ],
    docs: [2, 1, 21],
    licensing: 530,
    punishment: 87,
    enforcement: 1,
    fee: '4.1000',
    new: [13, 1, 0, 0, 1, 0],
    over: [1, 0, 0, 0, 0, 0],
    fwd: [0, 0, 0, 0, 0, 0],
    t4: [0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    review: '被申请行政复议1件，截至年底尚未审结；行政诉讼0件。',
    problems: '项目专栏的栏目层级较深，群众反映查找不便。我们计划按项目所在乡镇重新组织栏目，并在首页增加检索入口。',
    other: '全年没有收取信息处理费用。',
  },
};

// 石门镇人民政府, 2022 and 2023: each report holds its own arithmetic, but 2022's 四 (3: 自然人 2,
// 商业企业 1) is not 2023's 二 (2: 自然人 2) — a carry-over error naming both files.
const SHIMEN = '石门镇人民政府';
const shimen = {
  2022: {
    template: '2021',
    preamble: '石门镇人民政府发布{year}年度政府信息公开工作年度报告。',
    overview: [
      '镇政府把村务公开和政务公开一并推进，{year}年在全镇十四个行政村设置公开栏，每季度更新惠农补贴发放名单。',
      '全年新收政府信息公开申请{new}件，办结{done}件，结转下年度继续办理{fwd}件。',
    ],
    docs: [0, 0, 2],
    licensing: 12,
    punishment: 6,
    enforcement: 0,
    fee: '0',
    new: [6, 2, 0, 0, 0, 0],
    over: [0, 0, 0, 0, 0, 0],
    fwd: [2, 1, 0, 0, 0, 0],
    t4: NO_T4,
    review: '本年度未发生相关行政复议和行政诉讼。',
    problems: '村级公开栏内容更新依赖村干部手工张贴，时效性不稳定。镇里准备为各村配备电子屏，由镇党政办统一推送。',
    other: '无。',
  },
  2023: {
    template: '2021',
    preamble: '石门镇人民政府依法编制并公布{year}年度报告。',
    overview: [
      '{year}年镇政府完成了便民服务中心改造，在大厅增设政府信息查阅区，配备两台自助查询终端。',
      '新收政府信息公开申请{new}件，上年结转{over}件，办结{done}件，没有结转到下一年的申请。',
    ],
    docs: [1, 0, 3],
    licensing: 15,
    punishment: 4,
    enforcement: 0,
    fee: '0',
    new: [5, 0, 0, 0, 0, 0],
    over: [2, 0, 0, 0, 0, 0],
    fwd: [0, 0, 0, 0, 0, 0],
    t4: NO_T4,
    review: '没有因信息公开被申请复议或者起诉。',
    problems: '查阅区启用后来访群众增多，工作人员的引导能力需要加强。镇里将组织窗口人员开展一次专项培训。',
    other: '无。',
  },
};

// Two bodies with nothing in common, and a third (西苑街道办事处) whose section 五 was copied from
// 南塘县市场监督管理局's: one similar-text finding for that pair, none between the others.
const NANTANG_PROBLEMS =
  '一是食品安全抽检结果的公开仍以表格附件为主，群众在手机上打开不便，阅读体验较差；二是对企业信用监管信息的解读偏少，经营者对异常名录的移出条件了解不足。下一步，我局将把抽检结果改为网页表格直接展示，按月发布一期“消费提示”，并在企业开办窗口发放信用修复告知单，帮助经营主体及时纠正失信行为。';
const others = {
  北湖区卫生健康委员会: {
    2023: {
      template: '2021',
      preamble: '北湖区卫生健康委员会按照上级部署，编制{year}年政府信息公开年度报告。',
      overview: [
        '{year}年，区卫健委围绕家庭医生签约、出生医学证明办理和医疗机构校验，集中公开了服务指南和办理进度。',
        '全年新收政府信息公开申请{new}件，上年结转{over}件，办结{done}件，结转下年度继续办理{fwd}件。',
      ],
      docs: [1, 0, 6],
      licensing: 311,
      punishment: 47,
      enforcement: 0,
      fee: '0',
      new: [21, 3, 0, 1, 0, 0],
      over: [1, 0, 0, 0, 0, 0],
      fwd: [2, 0, 0, 0, 0, 0],
      t4: NO_T4,
      review: '本年度未发生因政府信息公开引起的行政复议、行政诉讼。',
      problems: '医疗机构执业信息分散在多个系统，对外公布的名录偶有滞后。我委将与市平台打通数据接口，做到机构变更后三个工作日内同步更新。',
      other: '无其他事项。',
    },
  },
  南塘县市场监督管理局: {
    2023: {
      template: '2021',
      preamble: '南塘县市场监督管理局{year}年政府信息公开工作年度报告现予发布。',
      overview: [
        '{year}年，县市场监管局以“双随机、一公开”为抓手，全年公开抽查计划、抽查结果和处罚决定，接受社会监督。',
        '全年新收政府信息公开申请{new}件，办结{done}件，结转下年度继续办理{fwd}件。',
      ],
      docs: [0, 1, 4],
      licensing: 2140,
      punishment: 233,
      enforcement: 17,
      fee: '0',
      new: [17, 6, 0, 0, 1, 0],
      over: [0, 0, 0, 0, 0, 0],
      fwd: [1, 0, 0, 0, 0, 0],
      t4: NO_T4,
      review: '全年未因信息公开工作被申请行政复议或提起行政诉讼。',
      problems: NANTANG_PROBLEMS,
      other: '本年度无其他需要报告的事项。',
    },
  },
  西苑街道办事处: {
    2023: {
      template: '2021',
      preamble: '西苑街道办事处公布{year}年政府信息公开工作年度报告。',
      overview: [
        '街道围绕老旧小区加装电梯、社区养老服务站建设等民生事项，{year}年在社区公开栏和街道公众号同步公开实施方案和进度。',
        '全年新收政府信息公开申请{new}件，办结{done}件，没有结转的申请。',
      ],
      docs: [0, 0, 0],
      licensing: 0,
      punishment: 3,
      enforcement: 0,
      fee: '0',
      new: [4, 0, 0, 0, 0, 0],
      over: [0, 0, 0, 0, 0, 0],
      fwd: [0, 0, 0, 0, 0, 0],
      t4: NO_T4,
      review: '本年度无相关行政复议和行政诉讼案件。',
      problems: NANTANG_PROBLEMS,
      other: '无。',
    },
  },
};

const files = [];
const add = (name, body, year, y) => files.push([name, report(body, year, y)]);
for (const [year, y] of Object.entries(lanxi)) add(`lanxi-transport-${year}.txt`, LANXI, year, y);
for (const [year, y] of Object.entries(shimen)) add(`shimen-town-${year}.txt`, SHIMEN, year, y);
add('beihu-health-2023.txt', '北湖区卫生健康委员会', 2023, others.北湖区卫生健康委员会[2023]);
add('nantang-market-2023.txt', '南塘县市场监督管理局', 2023, others.南塘县市场监督管理局[2023]);
add('xiyuan-street-2023.txt', '西苑街道办事处', 2023, others.西苑街道办事处[2023]);
mkdirSync(OUT, { recursive: true });
for (const [name, text] of files) writeFileSync(new URL(name, OUT), text);
console.log(`wrote ${files.length} reports to corpus/audit/`);
