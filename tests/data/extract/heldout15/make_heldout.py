# ruff: noqa: E501  (the bulletins and their gold rows are data, one per line)
"""Writes held-out batch 15 (bulletins.jsonl) and its gold (gold/*.json) from SPEC.

Written blind to the extractor: the north and north-east 2014-2024 (Kobani siege and
massacre, Hasakah 2015, Peace Spring, Ghuwayran prison in Arabic updates and in English,
Turkish drones, SDF-tribal clashes, Tishreen dam, Raqqa landmines, assassinations).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from heldout_batch import write_batch

K, W, M, C = "killed", "wounded", "captured", "kidnapped"
CIV, COM, UNK = "civilian", "combatant", "unknown"
TR = "Turkish forces"

SPEC = [
("ho15-kobani-siege-update", "2014-10-08",
 "ارتفاع حصيلة قتلى معارك عين العرب (كوباني) إلى 412 منذ بدء هجوم التنظيم",
 "تحديث 1: وثق المرصد السوري لحقوق الإنسان مقتل 23 عنصراً من تنظيم \"الدولة الإسلامية\" خلال اشتباكات مع وحدات حماية الشعب الكردي في الأطراف الشرقية لمدينة عين العرب (كوباني)، منذ فجر اليوم، بينهم 4 قياديين أحدهم أمير محلي. كما قضى 9 مقاتلين من الوحدات الكردية، بينهم مقاتلتان اثنتان.\n"
 "تحديث 2: ارتفع إلى 31 عدد عناصر التنظيم الذين قتلوا اليوم في الاشتباكات وقصف طائرات التحالف الدولي على تجمعاتهم قرب تلة مشتة النور، فيما أصيب ما لا يقل عن 15 مقاتلاً كردياً بجراح، بعضهم في حالات خطرة.\n"
 "تحديث 3: وبذلك يرتفع إلى 412 عدد القتلى منذ بدء هجوم التنظيم على المنطقة في 16 أيلول/سبتمبر الفائت، وهم: 219 عنصراً من التنظيم، و164 مقاتلاً من وحدات حماية الشعب ومجموعات مساندة لها، و29 مدنياً بينهم ستة أطفال وامرأتان. ويشارك في الهجوم نحو 9 آلاف عنصر من التنظيم مزودين بأكثر من 40 دبابة، فيما استهدف التحالف المنطقة بـ 6 غارات خلال الساعات الـ 24 الفائتة.",
 [(K, 412, "exact", UNK, None, None, True, None, None, "عين العرب", "قتلى معارك عين العرب (كوباني) إلى 412"),
  (K, 23, "exact", COM, None, None, False, "ISIS", "YPG", "عين العرب", "مقتل 23 عنصراً"),
  (K, 4, "exact", COM, "commanders", "o2", False, "ISIS", "YPG", "عين العرب", "4 قياديين"),
  (K, 9, "exact", COM, None, None, False, "YPG", "ISIS", "عين العرب", "قضى 9 مقاتلين"),
  (K, 2, "exact", COM, "women", "o4", False, "YPG", "ISIS", "عين العرب", "مقاتلتان اثنتان"),
  (K, 31, "exact", COM, None, None, True, "ISIS", "YPG and coalition", "مشتة النور", "ارتفع إلى 31 عدد عناصر التنظيم"),
  (W, 15, "at_least", COM, None, None, False, "YPG", "ISIS", "مشتة النور", "ما لا يقل عن 15 مقاتلاً كردياً"),
  (K, 412, "exact", UNK, None, None, True, None, None, "عين العرب", "يرتفع إلى 412 عدد القتلى"),
  (K, 219, "exact", COM, None, "o8", True, "ISIS", "YPG", "عين العرب", "219 عنصراً من التنظيم"),
  (K, 164, "exact", COM, None, "o8", True, "YPG", "ISIS", "عين العرب", "164 مقاتلاً من وحدات حماية الشعب"),
  (K, 29, "exact", CIV, None, "o8", True, None, None, "عين العرب", "29 مدنياً"),
  (K, 6, "exact", CIV, "children", "o11", True, None, None, "عين العرب", "ستة أطفال"),
  (K, 2, "exact", CIV, "women", "o11", True, None, None, "عين العرب", "وامرأتان")]),

("ho15-kobani-massacre", "2015-06-27",
 "مجزرة عين العرب: أكثر من 200 مدني قتلوا على يد عناصر التنظيم خلال يومين",
 "ارتفع إلى 223 على الأقل عدد المدنيين الذين أعدمهم أو قتلهم عناصر تنظيم \"الدولة الإسلامية\" منذ تسللهم فجر الخميس إلى مدينة عين العرب (كوباني) وقرية برخ بوطان جنوبها، بينهم 41 طفلاً و37 امرأة و3 مسنين، إضافة إلى مواطنين اثنين قتلا برصاص قناصة التنظيم في قرية برخ بوطان صباح اليوم.\n"
 "كما قضى ما لا يقل عن 35 مقاتلاً من وحدات حماية الشعب الكردي وقوات الأسايش في الاشتباكات، في حين قتل 79 عنصراً من التنظيم بينهم 5 انتحاريين فجروا أنفسهم بعربات مفخخة.\n"
 "وأصيب نحو 300 شخص بجراح متفاوتة، بينهم عشرات الأطفال، ونقل بعضهم إلى المشافي التركية عبر معبر مرشد بينار. واختطف عناصر التنظيم عدداً من المواطنين خلال انسحابهم، فيما عثر الأهالي على جثث 7 مواطنين آخرين داخل منزل في حي مقتلة الجديدة، ويرجح أن المواطنين السبعة أعدموا ميدانياً.",
 [(K, 200, "more_than", CIV, None, None, True, None, "ISIS", "عين العرب", "أكثر من 200 مدني"),
  (K, 223, "at_least", CIV, None, None, True, None, "ISIS", "عين العرب", "ارتفع إلى 223 على الأقل"),
  (K, 41, "exact", CIV, "children", "o2", True, None, "ISIS", "عين العرب", "41 طفلاً"),
  (K, 37, "exact", CIV, "women", "o2", True, None, "ISIS", "عين العرب", "37 امرأة"),
  (K, 3, "exact", CIV, "elderly", "o2", True, None, "ISIS", "عين العرب", "3 مسنين"),
  (K, 2, "exact", CIV, None, None, False, None, "ISIS", "برخ بوطان", "مواطنين اثنين"),
  (K, 35, "at_least", COM, None, None, False, "YPG and Asayish", "ISIS", "عين العرب", "ما لا يقل عن 35 مقاتلاً"),
  (K, 79, "exact", COM, None, None, False, "ISIS", "YPG", "عين العرب", "قتل 79 عنصراً"),
  (K, 5, "exact", COM, "suicide bombers", "o8", False, "ISIS", "YPG", "عين العرب", "5 انتحاريين"),
  (W, 300, "about", UNK, None, None, False, None, "ISIS", "عين العرب", "نحو 300 شخص"),
  (W, None, "dozens", CIV, "children", "o10", False, None, "ISIS", "عين العرب", "عشرات الأطفال"),
  (C, None, "several", CIV, None, None, False, None, "ISIS", "عين العرب", "عدداً من المواطنين"),
  (K, 7, "exact", CIV, None, None, False, None, "ISIS", "مقتلة الجديدة", "جثث 7 مواطنين")]),

("ho15-hasakah-daily-toll", "2015-07-05",
 "حصيلة اليوم: 57 قتيلاً في محافظات الحسكة والرقة وحلب",
 "وثق المرصد السوري لحقوق الإنسان مقتل 57 شخصاً في 3 محافظات سورية يوم أمس، وتوزعوا على النحو التالي:\n"
 "الحسكة: 19 عنصراً من قوات النظام وقوات الدفاع الوطني قضوا في هجوم للتنظيم على حي النشوة بمدينة الحسكة، و26 عنصراً من التنظيم قتلوا في الاشتباكات ذاتها وفي قصف لطائرات التحالف على محيط الحي، ومواطنة وطفلها قضيا جراء سقوط قذيفة على حي غويران.\n"
 "الرقة: 4 مقاتلين من وحدات الحماية قضوا في اشتباكات بريف تل أبيض الجنوبي، وشقيقان قتلا بانفجار لغم في قرية الشركراك.\n"
 "حلب: 3 مواطنين قضوا برصاص قناصة التنظيم في مدينة منبج، اثنان منهم في حي الحزاونة والأخير رجل مسن قرب دوار السبع بحرات، وشخص مجهول الهوية عثر على جثته مقتولاً بالقرب من جرابلس.\n"
 "كما أصيب 11 شخصاً بجراح، بينهم حالات خطرة، في حين تقدر قوة المهاجمين على حي النشوة بنحو 400 عنصر.",
 [(K, 57, "exact", UNK, None, None, False, None, None, None, "57 قتيلاً"),
  (K, 57, "exact", UNK, None, None, False, None, None, None, "مقتل 57 شخصاً"),
  (K, 19, "exact", COM, None, None, False, "regime forces and NDF", "ISIS", "النشوة", "19 عنصراً من قوات النظام"),
  (K, 26, "exact", COM, None, None, False, "ISIS", "regime forces and coalition", "النشوة", "و26 عنصراً من التنظيم"),
  (K, 1, "exact", CIV, "women", None, False, None, None, "غويران", "ومواطنة وطفلها"),
  (K, 1, "exact", CIV, "children", None, False, None, None, "غويران", "وطفلها قضيا"),
  (K, 4, "exact", COM, None, None, False, "YPG", None, "تل أبيض", "4 مقاتلين من وحدات الحماية"),
  (K, 2, "exact", CIV, None, None, False, None, None, "الشركراك", "وشقيقان"),
  (K, 3, "exact", CIV, None, None, False, None, "ISIS", "منبج", "3 مواطنين قضوا"),
  (K, 2, "exact", CIV, None, "o9", False, None, "ISIS", "الحزاونة", "اثنان منهم"),
  (K, 1, "exact", CIV, "elderly", "o9", False, None, "ISIS", "السبع بحرات", "والأخير رجل مسن"),
  (K, 1, "exact", UNK, None, None, False, None, None, "جرابلس", "وشخص مجهول الهوية"),
  (W, 11, "exact", UNK, None, None, False, None, None, None, "أصيب 11 شخصاً")]),

("ho15-peace-spring-toll", "2019-10-20",
 "منذ انطلاق \"نبع السلام\": 486 قتيلاً ونزوح أكثر من 300 ألف مدني",
 "ارتفعت الحصيلة الإجمالية للخسائر البشرية منذ بدء العملية العسكرية التركية \"نبع السلام\" شرق الفرات في التاسع من تشرين الأول/أكتوبر الجاري، إلى 486 قتيلاً، وثقهم المرصد السوري على النحو التالي: 120 مدنياً، بينهم 22 طفلاً و17 امرأة، قضوا بقصف جوي وبري تركي وبرصاص عناصر الفصائل الموالية لأنقرة في ريفي رأس العين وتل أبيض، و259 مقاتلاً من قوات سوريا الديمقراطية والمجالس العسكرية، بينهم 11 قيادياً، و6 عناصر من قوات النظام قضوا بقصف تركي على ريف عين عيسى، و94 مقاتلاً من \"الجيش الوطني\" السوري الموالي لأنقرة بينهم 18 من المقاتلين ذوي الأصول التركمانية، إضافة إلى 7 جنود أتراك.\n"
 "كما أحصى المرصد منذ بدء العملية إصابة أكثر من 600 شخص بجراح متفاوتة، في حين أسرت قسد قرابة 30 عنصراً من الفصائل، واختطفت الفصائل عدداً من المواطنين الكرد على طريق الحسكة – حلب الدولي (M4).\n"
 "ونفذت الطائرات التركية أكثر من 140 غارة منذ بدء العملية، فيما نزح ما يزيد عن 300 ألف مدني من مدن وبلدات الشريط الحدودي.",
 [(K, 486, "exact", UNK, None, None, True, None, None, None, "486 قتيلاً ونزوح"),
  (K, 486, "exact", UNK, None, None, True, None, None, None, "إلى 486 قتيلاً"),
  (K, 120, "exact", CIV, None, "o2", True, None, "Turkish forces and allied factions", None, "120 مدنياً"),
  (K, 22, "exact", CIV, "children", "o3", True, None, "Turkish forces and allied factions", None, "22 طفلاً"),
  (K, 17, "exact", CIV, "women", "o3", True, None, "Turkish forces and allied factions", None, "17 امرأة"),
  (K, 259, "exact", COM, None, "o2", True, "SDF", TR, None, "259 مقاتلاً من قوات سوريا الديمقراطية"),
  (K, 11, "exact", COM, "commanders", "o6", True, "SDF", TR, None, "11 قيادياً"),
  (K, 6, "exact", COM, None, "o2", True, "regime forces", TR, "عين عيسى", "6 عناصر من قوات النظام"),
  (K, 94, "exact", COM, None, "o2", True, "Syrian National Army", None, None, "94 مقاتلاً من \"الجيش الوطني\""),
  (K, 18, "exact", COM, "Turkmen", "o9", True, "Syrian National Army", None, None, "18 من المقاتلين"),
  (K, 7, "exact", COM, None, "o2", True, TR, None, None, "7 جنود أتراك"),
  (W, 600, "more_than", UNK, None, None, True, None, None, None, "أكثر من 600 شخص"),
  (M, 30, "about", COM, None, None, True, "Syrian National Army", "SDF", None, "قرابة 30 عنصراً"),
  (C, None, "several", CIV, None, None, True, None, "Syrian National Army", None, "عدداً من المواطنين الكرد")]),

("ho15-ghuwayran-updates", "2022-01-22",
 "تحديث: 89 قتيلاً في هجوم التنظيم على سجن الصناعة بحي غويران في الحسكة منذ مساء الخميس",
 "تحديث 07:30: لا تزال الاشتباكات مستمرة في محيط سجن الصناعة بحي غويران جنوبي مدينة الحسكة، حيث قتل 3 من قوى الأمن الداخلي (الأسايش) منذ ساعات الفجر، فيما أسفر قصف طيران التحالف على مبنى الكلية المجاورة عن مقتل وإصابة نحو 20 من السجناء الفارين.\n"
 "تحديث 13:00: ارتفع إلى 28 عدد قتلى قسد والأسايش وحراس السجن منذ بدء الهجوم مساء الخميس، فيما قتل 45 من عناصر التنظيم بينهم 17 من السجناء الفارين.\n"
 "تحديث 19:45: يرتفع إلى 89 عدد القتلى منذ بدء الهجوم، وهم: 30 من قسد وقوى الأمن الداخلي، بينهم 12 من حراس السجن، و52 من عناصر التنظيم، و7 مدنيين بينهم طفل. وتمكنت قسد منذ بدء الهجوم من إعادة اعتقال نحو 110 من السجناء الفارين، ولا يزال عشرات آخرون متوارين في حيي الزهور والطلائع. ويضم السجن أكثر من 3500 سجين من عناصر التنظيم.",
 [(K, 89, "exact", UNK, None, None, True, None, None, "غويران", "89 قتيلاً"),
  (K, 3, "exact", COM, None, None, False, "Asayish", "ISIS", "غويران", "قتل 3 من قوى الأمن الداخلي"),
  (K, 28, "exact", COM, None, None, True, "SDF, Asayish and prison guards", "ISIS", "غويران", "ارتفع إلى 28 عدد قتلى"),
  (K, 45, "exact", COM, None, None, True, "ISIS", "SDF", "غويران", "قتل 45 من عناصر التنظيم"),
  (K, 17, "exact", COM, "escaped prisoners", "o4", True, "ISIS", "SDF", "غويران", "17 من السجناء الفارين"),
  (K, 89, "exact", UNK, None, None, True, None, None, "غويران", "يرتفع إلى 89 عدد القتلى"),
  (K, 30, "exact", COM, None, "o6", True, "SDF and Asayish", "ISIS", "غويران", "30 من قسد"),
  (K, 12, "exact", COM, "prison guards", "o7", True, "SDF and Asayish", "ISIS", "غويران", "12 من حراس السجن"),
  (K, 52, "exact", COM, None, "o6", True, "ISIS", "SDF", "غويران", "و52 من عناصر التنظيم"),
  (K, 7, "exact", CIV, None, "o6", True, None, None, "غويران", "و7 مدنيين"),
  (K, 1, "exact", CIV, "children", "o10", True, None, None, "غويران", "بينهم طفل"),
  (M, 110, "about", COM, "escaped prisoners", None, True, "ISIS", "SDF", "غويران", "نحو 110 من السجناء")]),

("ho15-ghuwayran-english", "2022-01-27",
 "Ghuwayran prison attack: death toll rises to 181 since Thursday",
 "SOHR has documented the death of 181 people since ISIS cells attacked Al-Sina'a prison in Ghuwayran neighbourhood in Al-Hasakah city on January 20. The toll includes 124 ISIS members, among them 3 suicide bombers, and 50 members of SDF, Asayish, prison guards and anti-terror forces, among them nine guards who were executed by the attackers, as well as seven civilians, including two children.\n"
 "Meanwhile, dozens of SDF members were injured, and ISIS members are still holding at least 20 child inmates as hostages inside the juvenile section. Earlier today, SDF announced the surrender of more than 550 ISIS members, while US-led coalition helicopters carried out 4 raids on the prison buildings. About 45,000 people have fled their homes in the neighbourhoods around the prison.",
 [(K, 181, "exact", UNK, None, None, True, None, None, "غويران", "death toll rises to 181"),
  (K, 181, "exact", UNK, None, None, True, None, None, "غويران", "death of 181 people"),
  (K, 124, "exact", COM, None, "o2", True, "ISIS", "SDF", "غويران", "124 ISIS members"),
  (K, 3, "exact", COM, "suicide bombers", "o3", True, "ISIS", "SDF", "غويران", "3 suicide bombers"),
  (K, 50, "exact", COM, None, "o2", True, "SDF, Asayish and prison guards", "ISIS", "غويران", "50 members of SDF"),
  (K, 9, "exact", COM, "prison guards", "o5", True, "SDF, Asayish and prison guards", "ISIS", "غويران", "nine guards"),
  (K, 7, "exact", CIV, None, "o2", True, None, None, "غويران", "seven civilians"),
  (K, 2, "exact", CIV, "children", "o7", True, None, None, "غويران", "two children"),
  (W, None, "dozens", COM, None, None, False, "SDF", "ISIS", "غويران", "dozens of SDF members were injured"),
  (C, 20, "at_least", CIV, "children", None, False, None, "ISIS", "غويران", "at least 20 child inmates"),
  (M, 550, "more_than", COM, None, None, False, "ISIS", "SDF", "غويران", "more than 550 ISIS members")]),

("ho15-drone-qamishli-amuda", "2023-11-14",
 "مسيرة تركية تستهدف سيارة على طريق القامشلي – عامودا وتقتل أباً وابنه",
 "استهدفت طائرة مسيرة تركية بصاروخين سيارة مدنية على الطريق الواصل بين مدينتي القامشلي وعامودا بريف الحسكة الشمالي، بعد ظهر اليوم، ولم ترد معلومات عن خسائر بشرية حتى اللحظة.\n"
 "وفي وقت لاحق، علم المرصد السوري أن الاستهداف أسفر عن مقتل رجل وابنه البالغ من العمر 14 عاماً، وهما من أهالي قرية تل حبش، وإصابة شخصين آخرين كانا على دراجة نارية قرب موقع الاستهداف.\n"
 "وبذلك يرتفع إلى 61 عدد الذين قتلوا باستهدافات جوية تركية على مناطق الإدارة الذاتية منذ مطلع العام 2023، بينهم 19 مدنياً منهم 4 أطفال وسيدتان، و42 من العسكريين، إضافة لإصابة أكثر من 70 آخرين. وكانت المسيرات التركية نفذت 8 ضربات خلال الأسبوع الفائت على أرياف المالكية والدرباسية وكوباني.",
 [(K, 1, "exact", CIV, "men", None, False, None, TR, None, "أباً"),
  (K, 1, "exact", CIV, "children", None, False, None, TR, None, "وابنه"),
  (K, 1, "exact", CIV, "men", None, False, None, TR, None, "مقتل رجل"),
  (K, 1, "exact", CIV, "children", None, False, None, TR, None, "وابنه البالغ"),
  (W, 2, "exact", UNK, None, None, False, None, TR, None, "إصابة شخصين"),
  (K, 61, "exact", UNK, None, None, True, None, TR, None, "يرتفع إلى 61"),
  (K, 19, "exact", CIV, None, "o6", True, None, TR, None, "19 مدنياً"),
  (K, 4, "exact", CIV, "children", "o7", True, None, TR, None, "4 أطفال"),
  (K, 2, "exact", CIV, "women", "o7", True, None, TR, None, "وسيدتان"),
  (K, 42, "exact", COM, None, "o6", True, "SDF", TR, None, "42 من العسكريين"),
  (W, 70, "more_than", UNK, None, None, True, None, TR, None, "أكثر من 70 آخرين")]),

("ho15-weekly-turkish-escalation", "2024-01-20",
 "حصيلة أسبوعية: ٣٤ قتيلاً بالتصعيد التركي على مناطق شمال وشرق سوريا",
 "رصد المرصد السوري خلال الأسبوع الفائت مقتل ٣٤ شخصاً جراء التصعيد التركي، وفق التالي:\n"
 "السبت: مقتل ٥ عناصر من قسد باستهداف مسيرة تركية لنقطة عسكرية في ريف عين العرب (كوباني) الغربي.\n"
 "الأحد: مقتل مواطنين اثنين وإصابة ٣ آخرين بقصف مدفعي على قرية تل طويل بريف تل تمر.\n"
 "الاثنين: مقتل ١٢ من العسكريين بينهم ٣ من قوى الأمن الداخلي بسلسلة غارات جوية على منشآت نفطية ومحطات كهرباء في ريفي القامشلي والمالكية، وإصابة ما يزيد عن ١٥ آخرين بجراح.\n"
 "الثلاثاء: لم ترد معلومات عن خسائر بشرية جراء استهداف مسيرة لسيارة في عامودا.\n"
 "الأربعاء: مقتل ٩ مدنيين، بينهم امرأة وطفلاها وثلاثة عمال في معمل للإسمنت، بقصف جوي على ريف المالكية (ديريك).\n"
 "الخميس والجمعة: مقتل ستة مقاتلين من مجلس منبج العسكري باشتباكات مع الفصائل الموالية لأنقرة على محور قرية عون الدادات.",
 [(K, 34, "exact", UNK, None, None, False, None, TR, None, "٣٤ قتيلاً"),
  (K, 34, "exact", UNK, None, None, False, None, TR, None, "مقتل ٣٤ شخصاً"),
  (K, 5, "exact", COM, None, None, False, "SDF", TR, "عين العرب", "مقتل ٥ عناصر من قسد"),
  (K, 2, "exact", CIV, None, None, False, None, TR, "تل طويل", "مقتل مواطنين اثنين"),
  (W, 3, "exact", CIV, None, None, False, None, TR, "تل طويل", "إصابة ٣ آخرين"),
  (K, 12, "exact", COM, None, None, False, "SDF", TR, None, "مقتل ١٢ من العسكريين"),
  (K, 3, "exact", COM, None, "o6", False, "Asayish", TR, None, "٣ من قوى الأمن الداخلي"),
  (W, 15, "more_than", COM, None, None, False, "SDF", TR, None, "ما يزيد عن ١٥ آخرين"),
  (K, 9, "exact", CIV, None, None, False, None, TR, "المالكية", "مقتل ٩ مدنيين"),
  (K, 1, "exact", CIV, "women", "o9", False, None, TR, "المالكية", "بينهم امرأة"),
  (K, 2, "exact", CIV, "children", "o9", False, None, TR, "المالكية", "وطفلاها"),
  (K, 3, "exact", CIV, "workers", "o9", False, None, TR, "المالكية", "وثلاثة عمال"),
  (K, 6, "exact", COM, None, None, False, "Manbij Military Council", "Turkish-backed factions", "عون الدادات", "ستة مقاتلين")]),

("ho15-deir-tribal-clashes", "2023-09-03",
 "اشتباكات ريف دير الزور: 71 قتيلاً منذ بدء المواجهات بين \"قسد\" ومقاتلي العشائر",
 "يرتفع إلى 71 عدد القتلى منذ اندلاع الاشتباكات بين قوات سوريا الديمقراطية ومقاتلي العشائر في ريف دير الزور الشرقي في 27 آب/أغسطس، وهم: 25 من قسد ومجلس دير الزور العسكري، و37 من أبناء العشائر والمسلحين المحليين، و9 مدنيين بينهم طفلان وامرأة.\n"
 "وقتل اليوم 4 مقاتلين من العشائر، اثنان منهم من عائلة واحدة، وعنصر من قسد خلال الاشتباكات على أطراف بلدة ذيبان، فيما قضى رجل مسن برصاص قناص في بلدة الشحيل.\n"
 "وفي بلدة الطيانة، سقط أكثر من 100 بين قتيل وجريح منذ الأسبوع الفائت وفق مصادر أهلية، لم يتمكن المرصد من التحقق منها. كما اعتقلت قسد قرابة 60 شخصاً بتهمة المشاركة في الهجمات، وأفرجت عن 11 منهم بوساطة من وجهاء قبيلة العكيدات. ويستقدم الطرفان تعزيزات عسكرية، حيث وصلت 20 آلية لقسد من الحسكة.",
 [(K, 71, "exact", UNK, None, None, True, None, None, "دير الزور", "71 قتيلاً"),
  (K, 71, "exact", UNK, None, None, True, None, None, "دير الزور", "يرتفع إلى 71"),
  (K, 25, "exact", COM, None, "o2", True, "SDF and Deir ez-Zor Military Council", "tribal fighters", "دير الزور", "25 من قسد"),
  (K, 37, "exact", COM, None, "o2", True, "tribal fighters", "SDF", "دير الزور", "37 من أبناء العشائر"),
  (K, 9, "exact", CIV, None, "o2", True, None, None, "دير الزور", "و9 مدنيين"),
  (K, 2, "exact", CIV, "children", "o5", True, None, None, "دير الزور", "طفلان"),
  (K, 1, "exact", CIV, "women", "o5", True, None, None, "دير الزور", "وامرأة"),
  (K, 4, "exact", COM, None, None, False, "tribal fighters", "SDF", "ذيبان", "4 مقاتلين من العشائر"),
  (K, 2, "exact", COM, "family", "o8", False, "tribal fighters", "SDF", "ذيبان", "اثنان منهم"),
  (K, 1, "exact", COM, None, None, False, "SDF", "tribal fighters", "ذيبان", "وعنصر من قسد"),
  (K, 1, "exact", CIV, "elderly", None, False, None, None, "الشحيل", "رجل مسن"),
  (M, 60, "about", UNK, None, None, False, None, "SDF", None, "قرابة 60 شخصاً")]),

("ho15-tishreen-dam", "2025-01-10",
 "معارك سد تشرين وجسر قره قوزاق: ارتفاع حصيلة القتلى إلى أكثر من 400",
 "ارتفع إلى 413 عدد القتلى منذ بدء هجوم فصائل \"الجيش الوطني\" بدعم تركي على محيط سد تشرين وجسر قره قوزاق بريف منبج الشرقي في 12 كانون الأول/ديسمبر 2024، بينهم 322 من عناصر الفصائل، و69 من قسد ومجلس منبج العسكري، و22 مدنياً جلّهم من المتظاهرين الذين توجهوا إلى السد، بينهم امرأتان.\n"
 "وقتل خلال الساعات الـ 24 الماضية أحد عشر عنصراً من الفصائل وثلاثة مقاتلين من قسد، وأصيب عشرات آخرون من الطرفين. كما قتل مواطن وزوجته وأصيب أطفالهما الثلاثة بقصف مسيرة تركية على خيمة اعتصام قرب السد.\n"
 "وأسر مقاتلو قسد نحو 15 عنصراً من الفصائل خلال هجوم معاكس، فيما تحتجز الفصائل مئات المدنيين من أهالي منبج في سجون مؤقتة. ويبلغ طول سد تشرين قرابة 900 متر، ويقع على بعد 30 كلم من منبج.",
 [(K, 400, "more_than", UNK, None, None, True, None, None, None, "إلى أكثر من 400"),
  (K, 413, "exact", UNK, None, None, True, None, None, None, "ارتفع إلى 413"),
  (K, 322, "exact", COM, None, "o2", True, "Syrian National Army", "SDF", None, "322 من عناصر الفصائل"),
  (K, 69, "exact", COM, None, "o2", True, "SDF and Manbij Military Council", "Syrian National Army and Turkish forces", None, "69 من قسد"),
  (K, 22, "exact", CIV, None, "o2", True, None, TR, None, "22 مدنياً"),
  (K, 2, "exact", CIV, "women", "o5", True, None, TR, None, "امرأتان"),
  (K, 11, "exact", COM, None, None, False, "Syrian National Army", "SDF", None, "أحد عشر عنصراً"),
  (K, 3, "exact", COM, None, None, False, "SDF", "Syrian National Army", None, "وثلاثة مقاتلين من قسد"),
  (W, None, "dozens", COM, None, None, False, None, None, None, "عشرات آخرون"),
  (K, 1, "exact", CIV, "men", None, False, None, TR, "سد تشرين", "قتل مواطن"),
  (K, 1, "exact", CIV, "women", None, False, None, TR, "سد تشرين", "وزوجته"),
  (W, 3, "exact", CIV, "children", None, False, None, TR, "سد تشرين", "أطفالهما الثلاثة"),
  (M, 15, "about", COM, None, None, False, "Syrian National Army", "SDF", None, "نحو 15 عنصراً"),
  (M, None, "hundreds", CIV, None, None, False, None, "Syrian National Army", "منبج", "مئات المدنيين")]),

("ho15-raqqa-landmines", "2018-04-16",
 "الألغام تحصد المزيد: 3 قتلى بينهم طفل في الرقة وانتشال 16 جثة من تحت الأنقاض",
 "قتل 3 مواطنين بينهم طفل عمره 12 عاماً، وأصيب اثنان آخران بجراح بينها حالات خطرة، جراء انفجار لغم من مخلفات تنظيم \"الدولة الإسلامية\" في حي الرميلة بمدينة الرقة، أثناء عودتهم لتفقد منازلهم.\n"
 "ولترتفع بذلك إلى ٢١٩ حصيلة من قضوا بانفجار ألغام وعبوات ناسفة في مدينة الرقة وريفها منذ السيطرة عليها من قبل قسد في تشرين الأول/أكتوبر 2017، بينهم ١٩٣ مدنياً، منهم ٥٨ طفلاً و٣٣ مواطنة، و٢٦ من عناصر قسد العاملين في نزع الألغام.\n"
 "وفي سياق متصل، انتشلت فرق الدفاع المدني جثث 16 شخصاً من تحت أنقاض مبنى في شارع تل أبيض، ليبلغ عدد الجثث المنتشلة من المقابر الجماعية والأنقاض في المدينة أكثر من 2800 جثة. ويقدر ثمن نزع اللغم الواحد بنحو 150 دولاراً.",
 [(K, 3, "exact", CIV, None, None, False, None, "ISIS", "الرقة", "3 قتلى"),
  (K, 1, "exact", CIV, "children", "o1", False, None, "ISIS", "الرقة", "بينهم طفل في"),
  (K, 16, "exact", UNK, None, None, False, None, None, "الرقة", "16 جثة"),
  (K, 3, "exact", CIV, None, None, False, None, "ISIS", "الرميلة", "قتل 3 مواطنين"),
  (K, 1, "exact", CIV, "children", "o4", False, None, "ISIS", "الرميلة", "بينهم طفل عمره"),
  (W, 2, "exact", CIV, None, None, False, None, "ISIS", "الرميلة", "اثنان آخران"),
  (K, 219, "exact", UNK, None, None, True, None, "ISIS", "الرقة", "إلى ٢١٩ حصيلة من قضوا"),
  (K, 193, "exact", CIV, None, "o7", True, None, "ISIS", "الرقة", "١٩٣ مدنياً"),
  (K, 58, "exact", CIV, "children", "o8", True, None, "ISIS", "الرقة", "٥٨ طفلاً"),
  (K, 33, "exact", CIV, "women", "o8", True, None, "ISIS", "الرقة", "٣٣ مواطنة"),
  (K, 26, "exact", COM, None, "o7", True, "SDF", "ISIS", "الرقة", "٢٦ من عناصر قسد"),
  (K, 16, "exact", UNK, None, None, False, None, None, "الرقة", "جثث 16 شخصاً"),
  (K, 2800, "more_than", UNK, None, None, True, None, None, "الرقة", "أكثر من 2800 جثة")]),

("ho15-mukhtar-border", "2021-06-05",
 "اغتيال مختار قرية في ريف الرقة الشمالي.. وحرس الحدود التركي يقتل موطناً",
 "أقدم مسلحون مجهولون على اغتيال مختار قرية الحمام بريف عين عيسى شمالي الرقة، بإطلاق النار عليه أمام منزله، كما أصيب نجله بجراح. وبذلك يرتفع إلى 21 مدني عدد من جرى اغتيالهم من المخاتير والوجهاء في مناطق الإدارة الذاتية منذ مطلع العام، بينهم شيخ عشيرة قتل بعبوة ناسفة في ريف الطبقة الشهر الفائت.\n"
 "وفي سياق آخر، قتلت الجندرما التركية موطناً برصاصها أثناء محاولته العبور إلى الأراضي التركية بطريقة غير شرعية قرب بلدة الدرباسية، وأصيب عدة أشخاص آخرين بينهم امرأة ضمن مجموعة تضم حوالي 40 شخصاً. وكانت الجندرما قد قتلت حوالي 30 مواطناً منذ بداية العام على الحدود، بينهم 6 أطفال.\n"
 "من جهة أخرى، أفرجت خلية مسلحة عن 3 رعاة أغنام كانت قد اختطفتهم قبل يومين في بادية الرصافة، بعد دفع فدية قدرها 10 آلاف دولار، فيما لا يزال عدد من الرعاة مختطفين.",
 [(K, 1, "exact", CIV, "mukhtar", None, False, None, None, "الرقة", "اغتيال مختار قرية في"),
  (K, 1, "exact", CIV, None, None, False, None, "Turkish border guards", None, "يقتل موطناً"),
  (K, 1, "exact", CIV, "mukhtar", None, False, None, "unknown gunmen", "الحمام", "اغتيال مختار قرية الحمام"),
  (W, 1, "exact", CIV, None, None, False, None, "unknown gunmen", "الحمام", "أصيب نجله"),
  (K, 21, "exact", CIV, None, None, True, None, "unknown gunmen", None, "21 مدني"),
  (K, 1, "exact", CIV, "sheikhs", "o5", True, None, None, "الطبقة", "شيخ عشيرة"),
  (K, 1, "exact", CIV, None, None, False, None, "Turkish border guards", "الدرباسية", "موطناً برصاصها"),
  (W, None, "several", CIV, None, None, False, None, "Turkish border guards", "الدرباسية", "عدة أشخاص"),
  (W, 1, "exact", CIV, "women", "o8", False, None, "Turkish border guards", "الدرباسية", "بينهم امرأة"),
  (K, 30, "about", CIV, None, None, True, None, "Turkish border guards", None, "حوالي 30 مواطناً"),
  (K, 6, "exact", CIV, "children", "o10", True, None, "Turkish border guards", None, "6 أطفال"),
  (C, 3, "exact", CIV, None, None, False, None, "armed cell", "الرصافة", "3 رعاة أغنام"),
  (C, None, "several", CIV, None, None, False, None, "armed cell", "الرصافة", "عدد من الرعاة")]),
]

for _bid, _pub, _title, _body, _obs in SPEC:
    assert len(re.findall(r"[.!?]", _body)) >= 3 and 8 <= len(_obs) <= 20, _bid
    for _i, _o in enumerate(_obs, start=1):
        assert _o[-1] in _title + "\n" + _body, (_bid, _i, _o[-1])
        assert _o[5] is None or int(_o[5][1:]) in range(1, len(_obs) + 1), (_bid, _i)

write_batch(Path(__file__).parent, SPEC)
