# ruff: noqa: E501  (the bulletins and their gold rows are data, one per line)
"""Writes held-out batch 7 (bulletins.jsonl) and its gold (gold/*.json) from SPEC.

Written blind to the extractor, by a different "editor" than batch 6: longer sentences,
more number words, lists by place that are not sub-counts, combatant-heavy reports.
"""
import json
from pathlib import Path

HERE = Path(__file__).parent
K = ("type", "n", "qualifier", "status", "group", "part_of", "cumulative",
     "victim_affiliation", "perpetrator", "place_ar", "evidence")
TYPES = {"killed", "wounded", "missing", "captured", "kidnapped"}
VAGUE = {"dozens", "hundreds", "several"}
QUALIFIERS = {"exact", "at_least", "more_than", "about", "at_most"} | VAGUE
STATUSES = {"civilian", "combatant", "unknown"}

SPEC = [
 ("ho7-annual-2015", "2015-12-31",
  "نحو 55 ألف قتيل في سوريا خلال عام 2015 بينهم أكثر من 13 ألف مدني",
  "وثق المرصد السوري لحقوق الإنسان، منذ مطلع العام 2015 وحتى اليوم الأخير منه، مقتل 55219 شخصاً على الأراضي السورية، والمدنيون من بينهم 13249، من ضمنهم 2574 طفلاً دون سن الثامنة عشرة و1944 مواطنة فوق سن الثامنة عشرة، إضافة إلى 7797 من مقاتلي الفصائل المقاتلة والإسلامية وقوات سوريا الديمقراطية وجيش الثوار، و16212 من مقاتلي جبهة النصرة وتنظيم “الدولة الإسلامية” والفصائل الإسلامية من جنسيات غير سورية، و7686 من جنود قوات النظام، و5580 من المسلحين الموالين للنظام من جنسيات سورية، و1040 من المقاتلين الموالين للنظام من جنسيات عربية وآسيوية ومن ضمنهم 291 من عناصر حزب الله اللبناني، فيما قضى 3655 شخصاً لم يتمكن المرصد من التعرف على هوياتهم.\n\n"
  "وفي حين تجاوز عدد الجرحى خلال العام ذاته مئة ألف، لا يزال أكثر من عشرين ألف مواطن في عداد المفقودين داخل معتقلات قوات النظام، إلى جانب أكثر من ألفي أسير من قوات النظام والمسلحين الموالين لها لدى تنظيم “الدولة الإسلامية” والفصائل المقاتلة، الأمر الذي يعني أن الحصيلة الحقيقية للخسائر البشرية أعلى بكثير مما تمكن المرصد من توثيقه في المحافظات السورية الأربع عشرة. ويجدد المرصد السوري مطالبته مجلس الأمن الدولي بإحالة ملف جرائم الحرب في سوريا إلى المحكمة الجنائية الدولية.",
  [("killed", 55000, "about", "unknown", None, None, True, None, None, None, "نحو 55 ألف قتيل"),
   ("killed", 13000, "more_than", "civilian", None, "o1", True, None, None, None, "أكثر من 13 ألف مدني"),
   ("killed", 55219, "exact", "unknown", None, None, True, None, None, None, "مقتل 55219 شخصاً"),
   ("killed", 13249, "exact", "civilian", None, "o3", True, None, None, None, "والمدنيون من بينهم 13249"),
   ("killed", 2574, "exact", "civilian", "children", "o4", True, None, None, None, "2574 طفلاً"),
   ("killed", 1944, "exact", "civilian", "women", "o4", True, None, None, None, "1944 مواطنة"),
   ("killed", 7797, "exact", "combatant", None, "o3", True, "rebel and Islamic factions, SDF and Jaysh al-Thuwar", None, None, "7797 من مقاتلي الفصائل"),
   ("killed", 16212, "exact", "combatant", None, "o3", True, "Nusra Front, ISIS and foreign Islamist fighters", None, None, "16212 من مقاتلي جبهة النصرة"),
   ("killed", 7686, "exact", "combatant", None, "o3", True, "regime forces", None, None, "7686 من جنود قوات النظام"),
   ("killed", 5580, "exact", "combatant", None, "o3", True, "Syrian pro-regime militias", None, None, "5580 من المسلحين الموالين"),
   ("killed", 1040, "exact", "combatant", "foreign fighters", "o3", True, "non-Syrian pro-regime militias", None, None, "1040 من المقاتلين الموالين"),
   ("killed", 291, "exact", "combatant", None, "o11", True, "Hezbollah", None, None, "291 من عناصر حزب الله"),
   ("killed", 3655, "exact", "unknown", None, "o3", True, None, None, None, "3655 شخصاً"),
   ("wounded", 100000, "more_than", "unknown", None, None, True, None, None, None, "تجاوز عدد الجرحى خلال العام ذاته مئة ألف"),
   ("missing", 20000, "more_than", "civilian", "detainees", None, True, None, "regime forces", None, "أكثر من عشرين ألف مواطن"),
   ("captured", 2000, "more_than", "combatant", None, None, True, "regime forces and allied militias", "ISIS and rebel factions", None, "أكثر من ألفي أسير")]),
 ("ho7-daily-combatants", "2018-05-16",
  "ثلاثة وأربعون قتيلاً في سوريا يوم أمس غالبيتهم من المقاتلين",
  "ارتفعت الحصيلة الإجمالية للخسائر البشرية التي وثقها المرصد السوري لحقوق الإنسان يوم أمس الثلاثاء إلى ثلاثة وأربعين شخصاً، وهم: ثمانية مدنيين من بينهم طفلان، وخمسة وثلاثون مقاتلاً، هم أربعة عشر عنصراً من قوات النظام والمسلحين الموالين لها، واثنا عشر مقاتلاً من الفصائل، وستة من عناصر تنظيم “الدولة الإسلامية”، وثلاثة من قوات سوريا الديمقراطية.\n\n"
  "وتوزع القتلى من المقاتلين على محافظات حماة وإدلب ودير الزور وحلب، حيث قتل في ريف حماة الشمالي تسعة عناصر من قوات النظام خلال هجوم معاكس للفصائل على محور الزكاة، وقتل خمسة آخرون من قوات النظام في ريف إدلب الجنوبي الشرقي، فيما قتل في ريف حماة الشمالي أيضاً ثمانية مقاتلين من جيش العزة بقصف صاروخي لقوات النظام، وفي دير الزور قتل ستة من عناصر التنظيم وثلاثة من قسد في اشتباكات عند أطراف بلدة هجين، وفي حلب قضى أربعة مقاتلين من الفصائل بانفجار عبوة ناسفة في مدينة الباب، أما المدنيون الثمانية فقد قضى خمسة منهم بقصف لقوات النظام على مدينة خان شيخون وثلاثة بانفجار لغم في بلدة الغندورة. ويأتي ذلك وسط تصعيد متواصل منذ 3 أسابيع على محاور ريفي حماة وإدلب.",
  [("killed", 43, "exact", "unknown", None, None, False, None, None, None, "ثلاثة وأربعون قتيلاً"),
   ("killed", 43, "exact", "unknown", None, None, True, None, None, None, "إلى ثلاثة وأربعين شخصاً"),
   ("killed", 8, "exact", "civilian", None, "o2", True, None, None, None, "ثمانية مدنيين"),
   ("killed", 2, "exact", "civilian", "children", "o3", True, None, None, None, "من بينهم طفلان"),
   ("killed", 35, "exact", "combatant", None, "o2", True, None, None, None, "وخمسة وثلاثون مقاتلاً"),
   ("killed", 14, "exact", "combatant", None, "o5", True, "regime forces and allied militias", None, None, "أربعة عشر عنصراً"),
   ("killed", 12, "exact", "combatant", None, "o5", True, "rebel factions", None, None, "واثنا عشر مقاتلاً"),
   ("killed", 6, "exact", "combatant", None, "o5", True, "ISIS", None, None, "وستة من عناصر تنظيم"),
   ("killed", 3, "exact", "combatant", None, "o5", True, "SDF", None, None, "وثلاثة من قوات سوريا الديمقراطية"),
   ("killed", 9, "exact", "combatant", None, None, False, "regime forces", "rebel factions", "الزكاة", "تسعة عناصر من قوات النظام"),
   ("killed", 5, "exact", "combatant", None, None, False, "regime forces", None, "ريف إدلب الجنوبي الشرقي", "وقتل خمسة آخرون"),
   ("killed", 8, "exact", "combatant", None, None, False, "Jaysh al-Izza", "regime forces", "ريف حماة الشمالي", "ثمانية مقاتلين من جيش العزة"),
   ("killed", 6, "exact", "combatant", None, None, False, "ISIS", "SDF", "هجين", "قتل ستة من عناصر التنظيم"),
   ("killed", 3, "exact", "combatant", None, None, False, "SDF", "ISIS", "هجين", "وثلاثة من قسد"),
   ("killed", 4, "exact", "combatant", None, None, False, "rebel factions", None, "الباب", "أربعة مقاتلين من الفصائل"),
   ("killed", 8, "exact", "civilian", None, None, False, None, None, None, "المدنيون الثمانية"),
   ("killed", 5, "exact", "civilian", None, "o16", False, None, "regime forces", "خان شيخون", "خمسة منهم"),
   ("killed", 3, "exact", "civilian", None, "o16", False, None, None, "الغندورة", "وثلاثة بانفجار لغم")]),
 ("ho7-kabani-offensive", "2019-07-02",
  "محور كبانة: خمسة عشر قتيلاً من قوات النظام في هجوم فاشل جديد يرفع حصيلة الخسائر منذ بدء المعركة",
  "تتواصل المعارك العنيفة منذ ما بعد منتصف ليل أمس على محاور تلال كبانة بجبل الأكراد في ريف اللاذقية الشمالي الشرقي، إثر هجوم جديد لقوات النظام والمسلحين الموالين لها بإسناد جوي روسي، في محاولة للتقدم نحو التلال الاستراتيجية المطلة على سهل الغاب، حيث تمكنت هيئة تحرير الشام والحزب الإسلامي التركستاني من صد الهجوم بعد اشتباكات استمرت لأكثر من سبع ساعات متواصلة، قتل خلالها خمسة عشر عنصراً على الأقل من قوات النظام بينهم ضابط برتبة نقيب، وأصيب نحو عشرين آخرين، فيما قتل في المقابل سبعة من مقاتلي الهيئة والتركستاني، هم أربعة من الهيئة وثلاثة من الجنسية الصينية.\n\n"
  "وتزامنت الاشتباكات مع تنفيذ الطائرات الحربية الروسية أكثر من ثلاثين غارة، ومع إلقاء الطيران المروحي ما لا يقل عن 16 برميلاً متفجراً على محاور القتال، كما تسبب القصف الجوي على قرى جبل الأكراد بسقوط عشرات القتلى والجرحى في صفوف المقاتلين.\n\n"
  "وبهذا يرتفع إلى 612 عدد القتلى في صفوف الطرفين منذ بدء محاولات التقدم في الـ 7 من أيار/مايو الفائت، وهم 347 من قوات النظام والمسلحين الموالين لها من ضمنهم 29 ضابطاً، و265 من الفصائل والجهاديين، من بينهم 180 من هيئة تحرير الشام، و61 من الحزب الإسلامي التركستاني، علماً أن ما يزيد عن 80 عنصراً من قوات النظام لا يزالون في عداد المفقودين.",
  [("killed", 15, "exact", "combatant", None, None, False, "regime forces", "HTS and TIP", "كبانة", "خمسة عشر قتيلاً"),
   ("killed", 15, "at_least", "combatant", None, None, False, "regime forces", "HTS and TIP", "كبانة", "خمسة عشر عنصراً على الأقل"),
   ("killed", 1, "exact", "combatant", "officers", "o2", False, "regime forces", "HTS and TIP", "كبانة", "بينهم ضابط برتبة نقيب"),
   ("wounded", 20, "about", "combatant", None, None, False, "regime forces", "HTS and TIP", "كبانة", "نحو عشرين آخرين"),
   ("killed", 7, "exact", "combatant", None, None, False, "HTS and TIP", "regime forces", "كبانة", "سبعة من مقاتلي الهيئة"),
   ("killed", 4, "exact", "combatant", None, "o5", False, "HTS", "regime forces", "كبانة", "هم أربعة من الهيئة"),
   ("killed", 3, "exact", "combatant", "foreign fighters", "o5", False, "Turkistan Islamic Party", "regime forces", "كبانة", "وثلاثة من الجنسية الصينية"),
   ("killed", None, "dozens", "combatant", None, None, False, None, "Russian and regime air forces", "جبل الأكراد", "عشرات القتلى والجرحى"),
   ("wounded", None, "dozens", "combatant", None, None, False, None, "Russian and regime air forces", "جبل الأكراد", "عشرات القتلى والجرحى"),
   ("killed", 612, "exact", "combatant", None, None, True, None, None, None, "يرتفع إلى 612 عدد القتلى"),
   ("killed", 347, "exact", "combatant", None, "o10", True, "regime forces and allied militias", None, None, "347 من قوات النظام"),
   ("killed", 29, "exact", "combatant", "officers", "o11", True, "regime forces", None, None, "29 ضابطاً"),
   ("killed", 265, "exact", "combatant", None, "o10", True, "factions and jihadists", None, None, "265 من الفصائل"),
   ("killed", 180, "exact", "combatant", None, "o13", True, "HTS", None, None, "180 من هيئة تحرير الشام"),
   ("killed", 61, "exact", "combatant", None, "o13", True, "Turkistan Islamic Party", None, None, "61 من الحزب الإسلامي التركستاني"),
   ("missing", 80, "more_than", "combatant", None, None, True, "regime forces", None, None, "ما يزيد عن 80 عنصراً")]),
 ("ho7-drone-strikes", "2023-08-09",
  "مسيّرات تركية تقتل 4 من قسد ومدنياً في ريف الحسكة.. ومسيّرة للتحالف تغتال قيادياً في “حراس الدين” بإدلب",
  "استهدفت طائرة مسيرة تركية، صباح اليوم، سيارة عسكرية تابعة لقوات سوريا الديمقراطية على طريق القامشلي – عامودا، ما أدى إلى مقتل أربعة عناصر كانوا في داخلها، بينهم قيادي عسكري ومسؤولة في وحدات حماية المرأة، فيما استهدفت مسيرة أخرى دراجة نارية قرب قرية تل طويل بريف الحسكة، ما أسفر عن مقتل مواطن وإصابة زوجته وطفليه.\n\n"
  "وفي سياق آخر، اغتالت طائرة مسيرة تابعة للتحالف الدولي قيادياً من الجنسية الأردنية في تنظيم “حراس الدين” المرتبط بالقاعدة، باستهداف سيارته بصاروخين على الطريق الواصل بين مدينتي سرمدا والدانا بريف إدلب الشمالي، بينما نجا مرافقه من الاستهداف.\n\n"
  "وبذلك، يرتفع إلى 73 عدد الضربات التي نفذتها المسيرات التركية على مناطق نفوذ قسد منذ مطلع العام، والتي تسببت بمقتل 61 شخصاً، هم 39 من العسكريين و22 مدنياً بينهم 4 أطفال، وإصابة قرابة 90 آخرين بجراح متفاوتة.",
  [("killed", 4, "exact", "combatant", None, None, False, "SDF", "Turkish drone", None, "تقتل 4 من قسد"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "Turkish drone", "تل طويل", "ومدنياً"),
   ("killed", 1, "exact", "combatant", "commanders", None, False, "Hurras al-Din", "international coalition drone", "إدلب", "تغتال قيادياً"),
   ("killed", 4, "exact", "combatant", None, None, False, "SDF", "Turkish drone", None, "مقتل أربعة عناصر"),
   ("killed", 1, "exact", "combatant", "commanders", "o4", False, "SDF", "Turkish drone", None, "بينهم قيادي عسكري"),
   ("killed", 1, "exact", "combatant", "women", "o4", False, "YPJ", "Turkish drone", None, "ومسؤولة في وحدات حماية المرأة"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "Turkish drone", "تل طويل", "مقتل مواطن"),
   ("wounded", 1, "exact", "civilian", "women", None, False, None, "Turkish drone", "تل طويل", "وإصابة زوجته"),
   ("wounded", 2, "exact", "civilian", "children", None, False, None, "Turkish drone", "تل طويل", "وطفليه"),
   ("killed", 1, "exact", "combatant", "commanders", None, False, "Hurras al-Din", "international coalition drone", None, "قيادياً من الجنسية الأردنية"),
   ("killed", 61, "exact", "unknown", None, None, True, None, "Turkish drones", None, "بمقتل 61 شخصاً"),
   ("killed", 39, "exact", "combatant", None, "o11", True, None, "Turkish drones", None, "39 من العسكريين"),
   ("killed", 22, "exact", "civilian", None, "o11", True, None, "Turkish drones", None, "22 مدنياً"),
   ("killed", 4, "exact", "civilian", "children", "o13", True, None, "Turkish drones", None, "بينهم 4 أطفال"),
   ("wounded", 90, "about", "unknown", None, None, True, None, "Turkish drones", None, "قرابة 90 آخرين")]),
 ("ho7-war-remnants", "2021-07-19",
  "ألغام ومخلفات الحرب تحصد أرواح سبعة مدنيين بينهم خمسة أطفال في ثلاث محافظات",
  "لا تزال مخلفات الحرب تحصد مزيداً من أرواح السوريين، إذ قضى طفلان شقيقان، عمر أكبرهما 11 عاماً، بانفجار قنبلة عنقودية من مخلفات القصف أثناء لعبهما قرب منزلهما في بلدة كفرتخاريم بريف إدلب الشمالي الغربي، كما قضى ثلاثة أطفال آخرون وأصيب رابع بجراح بليغة بانفجار جسم غريب في أرض زراعية بقرية الطيبة في ريف درعا الشرقي، في حين قضى رجل وزوجته بانفجار لغم أرضي بجرار زراعي كانا يستقلانه في محيط بلدة معدان بريف الرقة الشرقي.\n\n"
  "ويرتفع بذلك عدد المدنيين الذين قضوا بانفجار ألغام ومخلفات حرب منذ مطلع العام الجاري 2021 إلى 186، بينهم 71 طفلاً و14 مواطنة، في حين أصيب مئات آخرون، تعرض بعضهم لبتر أطراف. ويحذر المرصد السوري من مخاطر مئات الآلاف من القنابل العنقودية غير المنفجرة المنتشرة في الأراضي الزراعية.",
  [("killed", 7, "exact", "civilian", None, None, False, None, None, None, "سبعة مدنيين"),
   ("killed", 5, "exact", "civilian", "children", "o1", False, None, None, None, "بينهم خمسة أطفال"),
   ("killed", 2, "exact", "civilian", "children", None, False, None, None, "كفرتخاريم", "قضى طفلان شقيقان"),
   ("killed", 3, "exact", "civilian", "children", None, False, None, None, "الطيبة", "ثلاثة أطفال آخرون"),
   ("wounded", 1, "exact", "civilian", "children", None, False, None, None, "الطيبة", "وأصيب رابع"),
   ("killed", 1, "exact", "civilian", "men", None, False, None, None, "معدان", "قضى رجل"),
   ("killed", 1, "exact", "civilian", "women", None, False, None, None, "معدان", "وزوجته بانفجار"),
   ("killed", 186, "exact", "civilian", None, None, True, None, None, None, "إلى 186"),
   ("killed", 71, "exact", "civilian", "children", "o8", True, None, None, None, "71 طفلاً"),
   ("killed", 14, "exact", "civilian", "women", "o8", True, None, None, None, "14 مواطنة"),
   ("wounded", None, "hundreds", "civilian", None, None, True, None, None, None, "مئات آخرون")]),
 ("ho7-saydnaya-torture", "2014-11-03",
  "استشهاد 4 معتقلين من ريف دمشق تحت التعذيب.. أحدهم طالب جامعي",
  "علم المرصد السوري لحقوق الإنسان من مصادر أهلية أن أربعة مواطنين من أبناء الغوطة الشرقية استشهدوا تحت التعذيب في سجن صيدنايا العسكري، بعد اعتقال استمر لأكثر من عامين، والمواطنون الأربعة هم اثنان من مدينة دوما، وثالث من بلدة حمورية، والأخير طالب جامعي من مدينة عربين كان يدرس في كلية الهندسة، كما استشهد مواطن من مدينة التل في أقبية المخابرات الجوية بعد أيام من اعتقاله على حاجز القطيفة، ووصل ذويه نبأ وفاته دون أن يتسلموا جثمانه.\n\n"
  "وبذلك يرتفع إلى ١١ عدد أبناء الغوطة الشرقية الذين استشهدوا تحت التعذيب منذ مطلع الشهر الجاري، في حين لا يزال مصير ما يزيد على 3 آلاف من أبنائها مجهولاً بعد اعتقالهم. ويطالب المرصد السوري بالكشف عن مصير المعتقلين والإفراج عنهم دون قيد أو شرط.",
  [("killed", 4, "exact", "civilian", "detainees", None, False, None, "regime forces", None, "استشهاد 4 معتقلين"),
   ("killed", 1, "exact", "civilian", "students", "o1", False, None, "regime forces", None, "أحدهم طالب جامعي"),
   ("killed", 4, "exact", "civilian", "detainees", None, False, None, "regime forces", "صيدنايا", "أربعة مواطنين من أبناء الغوطة"),
   ("killed", 4, "exact", "civilian", "detainees", None, False, None, "regime forces", "صيدنايا", "والمواطنون الأربعة"),
   ("killed", 2, "exact", "civilian", None, "o4", False, None, "regime forces", "دوما", "اثنان من مدينة دوما"),
   ("killed", 1, "exact", "civilian", None, "o4", False, None, "regime forces", "حمورية", "وثالث من بلدة حمورية"),
   ("killed", 1, "exact", "civilian", "students", "o4", False, None, "regime forces", "عربين", "والأخير طالب جامعي"),
   ("killed", 1, "exact", "civilian", "detainees", None, False, None, "regime air force intelligence", "التل", "استشهد مواطن من مدينة التل"),
   ("killed", 11, "exact", "civilian", "detainees", None, True, None, "regime forces", "الغوطة الشرقية", "يرتفع إلى ١١ عدد"),
   ("missing", 3000, "more_than", "civilian", "detainees", None, True, None, "regime forces", "الغوطة الشرقية", "ما يزيد على 3 آلاف")]),
 ("ho7-sweida-kidnap", "2022-03-28",
  "السويداء: عصابات الخطف تختطف 6 أشخاص خلال يومين وتطالب بفديات تصل إلى 100 مليون ليرة",
  "تشهد محافظة السويداء تصاعداً في عمليات الخطف مقابل الفدية، حيث اختطفت عصابة مسلحة، مساء أمس، شابين من أبناء مدينة شهبا على طريق دمشق – السويداء، وطالبت ذويهما بدفع مبلغ 50 مليون ليرة سورية مقابل إطلاق سراحهما، كما اختطف مسلحون مجهولون تاجراً من بلدة القريا وسائقه، واختطف آخرون مواطنين اثنين من أبناء محافظة درعا قرب بلدة المزرعة بريف السويداء الغربي، ليصل عدد المختطفين إلى 6 خلال يومين.\n\n"
  "في المقابل، أفرجت مجموعة محلية مسلحة عن 3 مختطفين من أبناء درعا كانوا محتجزين منذ 10 أيام، بعد وساطة من وجهاء المنطقة، فيما أصيب أحد عناصر المجموعة بجراح خلال مداهمة لمقر العصابة في بلدة عريقة أسفرت عن مقتل اثنين من أفرادها.\n\n"
  "وبلغ عدد المختطفين في محافظة السويداء منذ مطلع العام، وفقاً لإحصائيات المرصد السوري، 143 شخصاً، أفرج عن معظمهم بعد دفع فديات مالية، فيما قتل 9 منهم على يد الخاطفين.",
  [("kidnapped", 6, "exact", "civilian", None, None, True, None, "kidnapping gangs", "السويداء", "تختطف 6 أشخاص"),
   ("kidnapped", 2, "exact", "civilian", None, None, False, None, "armed gang", "شهبا", "شابين من أبناء مدينة شهبا"),
   ("kidnapped", 1, "exact", "civilian", None, None, False, None, "unknown gunmen", "القريا", "تاجراً من بلدة القريا"),
   ("kidnapped", 1, "exact", "civilian", None, None, False, None, "unknown gunmen", "القريا", "وسائقه"),
   ("kidnapped", 2, "exact", "civilian", None, None, False, None, "unknown gunmen", "المزرعة", "مواطنين اثنين من أبناء محافظة درعا"),
   ("kidnapped", 6, "exact", "civilian", None, None, True, None, "kidnapping gangs", "السويداء", "إلى 6 خلال يومين"),
   ("wounded", 1, "exact", "combatant", None, None, False, "local armed group", "armed gang", "عريقة", "أصيب أحد عناصر المجموعة"),
   ("killed", 2, "exact", "unknown", None, None, False, "armed gang", "local armed group", "عريقة", "مقتل اثنين من أفرادها"),
   ("kidnapped", 143, "exact", "civilian", None, None, True, None, "kidnapping gangs", "السويداء", "143 شخصاً"),
   ("killed", 9, "exact", "civilian", None, "o9", True, None, "kidnappers", "السويداء", "قتل 9 منهم")]),
 ("ho7-border-shootings", "2018-09-12",
  "برصاص الجندرما.. مقتل شابين وطفل على الحدود السورية – التركية",
  "قتل شابان من أبناء محافظة حلب برصاص عناصر حرس الحدود التركي، عند محاولتهما العبور بطريقة غير شرعية من منطقة خربة الجوز بريف إدلب الغربي نحو الأراضي التركية، فيما قضى طفل يبلغ من العمر 14 عاماً وأصيب والده بجراح خطرة، بعد استهدافهما بالرصاص الحي من قبل الجندرما قرب قرية عين البيضا في ريف جسر الشغور، أثناء عملهما في أرض زراعية تبعد نحو 300 متر عن الجدار الحدودي، كذلك أعادت عناصر الجندرما نحو 40 شخصاً حاولوا العبور إلى الأراضي السورية بعد الاعتداء عليهم بالضرب، ما أدى لإصابة عدد منهم بكسور ورضوض.\n\n"
  "وبهذا، ترتفع حصيلة من قتلتهم الجندرما منذ بداية العام الجاري إلى ٢٧ مدنياً، هم 19 رجلاً وستة أطفال وامرأتان، في حين بلغ عدد الجرحى 43. ويجدد المرصد السوري مطالبته السلطات التركية بالكف عن استهداف الفارين من الحرب، الذين لا ذنب لهم سوى البحث عن ملاذ آمن.",
  [("killed", 2, "exact", "civilian", None, None, False, None, "Turkish border guards", None, "مقتل شابين"),
   ("killed", 1, "exact", "civilian", "children", None, False, None, "Turkish border guards", None, "وطفل على الحدود"),
   ("killed", 2, "exact", "civilian", None, None, False, None, "Turkish border guards", "خربة الجوز", "قتل شابان"),
   ("killed", 1, "exact", "civilian", "children", None, False, None, "Turkish border guards", "عين البيضا", "قضى طفل يبلغ"),
   ("wounded", 1, "exact", "civilian", "men", None, False, None, "Turkish border guards", "عين البيضا", "وأصيب والده"),
   ("wounded", None, "several", "civilian", None, None, False, None, "Turkish border guards", None, "إصابة عدد منهم"),
   ("killed", 27, "exact", "civilian", None, None, True, None, "Turkish border guards", None, "إلى ٢٧ مدنياً"),
   ("killed", 19, "exact", "civilian", "men", "o7", True, None, "Turkish border guards", None, "19 رجلاً"),
   ("killed", 6, "exact", "civilian", "children", "o7", True, None, "Turkish border guards", None, "وستة أطفال"),
   ("killed", 2, "exact", "civilian", "women", "o7", True, None, "Turkish border guards", None, "وامرأتان"),
   ("wounded", 43, "exact", "civilian", None, None, True, None, "Turkish border guards", None, "بلغ عدد الجرحى 43")]),
 ("ho7-israeli-kafrsouseh", "2024-02-22",
  "حصيلة الاستهداف الإسرائيلي لمبنى في حي كفرسوسة ترتفع إلى 11 قتيلاً بينهم قياديون في الحرس الثوري",
  "ارتفع إلى 11 عدد القتلى جراء الضربة الصاروخية الإسرائيلية التي استهدفت مبنى سكنياً في حي كفرسوسة بالعاصمة دمشق، ظهر أمس، وهم: سبعة من الحرس الثوري الإيراني بينهم قياديان بارزان، واثنان من الجنسية اللبنانية من عناصر حزب الله، ومواطنة وطفلها كانا يقطنان في مبنى مجاور، كما أصيب أكثر من عشرة أشخاص بجراح بينهم موظفون في مؤسسات حكومية، وكانت الصواريخ الأربعة قد أطلقت من الأجواء اللبنانية، وأسقطت الدفاعات الجوية صاروخاً واحداً منها.\n\n"
  "وفي سياق متصل، استهدفت طائرة مسيرة إسرائيلية سيارة على طريق دمشق – بيروت قرب منطقة يعفور، ما أدى لمقتل شخصين مجهولي الهوية وإصابة عدة أشخاص كانوا في سيارة أخرى، فيما استهدفت ضربات أخرى مواقع في ريف حمص دون ورود أنباء عن خسائر بشرية.\n\n"
  "ويرتفع بذلك إلى 186 عدد الذين قتلوا بالضربات الإسرائيلية على الأراضي السورية منذ مطلع العام، هم 121 من الميليشيات الموالية لإيران والحرس الثوري وحزب الله، و39 من قوات النظام، و26 مدنياً.",
  [("killed", 11, "exact", "unknown", None, None, True, None, "Israel", "كفرسوسة", "ترتفع إلى 11 قتيلاً"),
   ("killed", 11, "exact", "unknown", None, None, True, None, "Israel", "كفرسوسة", "ارتفع إلى 11 عدد القتلى"),
   ("killed", 7, "exact", "combatant", None, "o2", True, "IRGC", "Israel", "كفرسوسة", "سبعة من الحرس الثوري"),
   ("killed", 2, "exact", "combatant", "commanders", "o3", True, "IRGC", "Israel", "كفرسوسة", "بينهم قياديان بارزان"),
   ("killed", 2, "exact", "combatant", None, "o2", True, "Hezbollah", "Israel", "كفرسوسة", "واثنان من الجنسية اللبنانية"),
   ("killed", 1, "exact", "civilian", "women", "o2", True, None, "Israel", "كفرسوسة", "ومواطنة وطفلها"),
   ("killed", 1, "exact", "civilian", "children", "o2", True, None, "Israel", "كفرسوسة", "وطفلها كانا"),
   ("wounded", 10, "more_than", "unknown", None, None, False, None, "Israel", "كفرسوسة", "أكثر من عشرة أشخاص"),
   ("killed", 2, "exact", "unknown", None, None, False, None, "Israeli drone", "يعفور", "مقتل شخصين مجهولي الهوية"),
   ("wounded", None, "several", "unknown", None, None, False, None, "Israeli drone", "يعفور", "عدة أشخاص"),
   ("killed", 186, "exact", "unknown", None, None, True, None, "Israel", None, "إلى 186 عدد"),
   ("killed", 121, "exact", "combatant", None, "o11", True, "Iran-backed militias, IRGC and Hezbollah", "Israel", None, "121 من الميليشيات"),
   ("killed", 39, "exact", "combatant", None, "o11", True, "regime forces", "Israel", None, "39 من قوات النظام"),
   ("killed", 26, "exact", "civilian", None, "o11", True, None, "Israel", None, "26 مدنياً")]),
 ("ho7-badia-attrition", "2019-11-30",
  "خلايا التنظيم تواصل استنزاف قوات النظام في البادية: 23 قتيلاً خلال 72 ساعة",
  "قتل 8 عناصر من قوات النظام بينهم ضابط برتبة عقيد، وأصيب حوالي عشرة آخرين، جراء كمين نصبته خلايا تنظيم “الدولة الإسلامية” لرتل عسكري في بادية الشولا جنوب غرب دير الزور، وفي بادية معدان عند الحدود الإدارية بين الرقة ودير الزور قتل ستة من عناصر لواء الباقر الموالي لإيران بهجوم على نقطة عسكرية، بينما قتل ثلاثة عناصر من الفيلق الخامس وأسر رابع بانفجار عبوة ناسفة ثم هجوم مسلح في بادية تدمر شرقي حمص، وفي بادية الرصافة قتل عنصران من ميليشيا الدفاع الوطني برصاص قناص، ليرتفع إلى 19 عدد قتلى قوات النظام والمسلحين الموالين لها خلال الـ 72 ساعة الفائتة، فيما قتل أربعة من عناصر التنظيم بقصف جوي روسي طال مخابئهم في جبل البشري، ليرتفع إلى 23 عدد القتلى من الطرفين.\n\n"
  "ومنذ الـ 24 من آذار/مارس 2019، وثق المرصد السوري مقتل ١٥٤٢ عنصراً من قوات النظام والمسلحين الموالين لها من جنسيات سورية وغير سورية، بينهم ما لا يقل عن 160 من الميليشيات الموالية لإيران، إضافة إلى 4 مدني من رعاة الأغنام، كما قتل ٨٦٢ من عناصر التنظيم خلال الفترة ذاتها. وتشهد البادية السورية منذ أشهر تصاعداً في نشاط خلايا التنظيم، التي تستغل مساحتها الشاسعة البالغة نحو 80 ألف كيلومتر مربع للتخفي والتنقل.",
  [("killed", 23, "exact", "combatant", None, None, True, None, None, None, "23 قتيلاً خلال 72 ساعة"),
   ("killed", 8, "exact", "combatant", None, None, False, "regime forces", "ISIS cells", "بادية الشولا", "قتل 8 عناصر من قوات النظام"),
   ("killed", 1, "exact", "combatant", "officers", "o2", False, "regime forces", "ISIS cells", "بادية الشولا", "بينهم ضابط برتبة عقيد"),
   ("wounded", 10, "about", "combatant", None, None, False, "regime forces", "ISIS cells", "بادية الشولا", "حوالي عشرة آخرين"),
   ("killed", 6, "exact", "combatant", None, None, False, "Liwa al-Baqir", "ISIS cells", "بادية معدان", "ستة من عناصر لواء الباقر"),
   ("killed", 3, "exact", "combatant", None, None, False, "Fifth Corps", "ISIS cells", "بادية تدمر", "ثلاثة عناصر من الفيلق الخامس"),
   ("captured", 1, "exact", "combatant", None, None, False, "Fifth Corps", "ISIS cells", "بادية تدمر", "وأسر رابع"),
   ("killed", 2, "exact", "combatant", None, None, False, "National Defence Forces", "ISIS cells", "بادية الرصافة", "عنصران من ميليشيا الدفاع الوطني"),
   ("killed", 19, "exact", "combatant", None, None, True, "regime forces and allied militias", "ISIS cells", None, "إلى 19 عدد قتلى"),
   ("killed", 4, "exact", "combatant", None, None, False, "ISIS", "Russian air force", "جبل البشري", "أربعة من عناصر التنظيم"),
   ("killed", 23, "exact", "combatant", None, None, True, None, None, None, "إلى 23 عدد القتلى"),
   ("killed", 1542, "exact", "combatant", None, None, True, "regime forces and allied militias", "ISIS", None, "١٥٤٢ عنصراً"),
   ("killed", 160, "at_least", "combatant", None, "o12", True, "Iran-backed militias", "ISIS", None, "ما لا يقل عن 160"),
   ("killed", 4, "exact", "civilian", None, None, True, None, "ISIS", None, "4 مدني من رعاة"),
   ("killed", 862, "exact", "combatant", None, None, True, "ISIS", None, None, "٨٦٢ من عناصر التنظيم")]),
 ("ho7-evros-and-bodies", "2020-10-06",
  "انتشال جثث 3 مهاجرين سوريين غرقاً في نهر إيفروس.. والعثور على 5 جثث مجهولة الهوية في ريف دير الزور",
  "أفادت مصادر المرصد السوري لحقوق الإنسان بانتشال جثث ثلاثة شبان سوريين ينحدرون من مدينة القامشلي، غرقوا في نهر إيفروس على الحدود التركية – اليونانية أثناء محاولتهم الوصول إلى أوروبا، فيما لا يزال شاب رابع كان برفقتهم مفقوداً، وقد تمكن 6 آخرون من العودة إلى الضفة التركية.\n\n"
  "وفي ريف دير الزور الشرقي، عثر الأهالي على خمس جثث مجهولة الهوية مرمية في أرض زراعية تابعة لبلدة الصبحة، تعود لأشخاص قتلوا بإطلاق نار على الرأس، ويعتقد أن بينهم اثنين من عناصر قسد، كما عثر على جثة امرأة في نهر الفرات قرب مدينة الميادين، وعلى جثة رجل في الخمسينات من عمره داخل منزله في مدينة البوكمال.\n\n"
  "ووثق المرصد منذ مطلع العام العثور على 128 جثة في مناطق متفرقة من محافظة دير الزور، في حين بلغ عدد السوريين الذين قضوا غرقاً أثناء محاولة الهجرة خلال العام ذاته 76، بينهم 17 طفلاً.",
  [("killed", 3, "exact", "civilian", None, None, False, None, None, None, "جثث 3 مهاجرين"),
   ("killed", 5, "exact", "unknown", None, None, False, None, None, None, "5 جثث مجهولة الهوية"),
   ("killed", 3, "exact", "civilian", None, None, False, None, None, None, "جثث ثلاثة شبان"),
   ("missing", 1, "exact", "civilian", None, None, False, None, None, None, "شاب رابع"),
   ("killed", 5, "exact", "unknown", None, None, False, None, None, "الصبحة", "خمس جثث مجهولة الهوية"),
   ("killed", 2, "exact", "combatant", None, "o5", False, "SDF", None, "الصبحة", "بينهم اثنين من عناصر قسد"),
   ("killed", 1, "exact", "civilian", "women", None, False, None, None, "الميادين", "جثة امرأة"),
   ("killed", 1, "exact", "civilian", "men", None, False, None, None, "البوكمال", "جثة رجل"),
   ("killed", 128, "exact", "unknown", None, None, True, None, None, "دير الزور", "128 جثة"),
   ("killed", 76, "exact", "civilian", None, None, True, None, None, None, "خلال العام ذاته 76"),
   ("killed", 17, "exact", "civilian", "children", "o10", True, None, None, None, "17 طفلاً")]),
 ("ho7-english-khan-tuman", "2016-05-07",
  "Nearly 90 fighters killed in 48 hours of fighting in Aleppo's southern countryside",
  "The Syrian Observatory for Human Rights has documented the death of at least 87 fighters since Thursday morning in the fierce battles raging around Khan Tuman and Al-Eis in the southern countryside of Aleppo, where Jaish al-Fateh factions launched a large-scale offensive involving about 2,000 fighters and dozens of armoured vehicles. The toll includes 49 members of regime forces, Iranian and Afghan militiamen and Hezbollah, among them 11 Iranians and no fewer than 6 Hezbollah fighters, and 38 fighters of Jabhat al-Nusra and the Islamic factions, including four suicide bombers who blew themselves up in booby-trapped vehicles.\n\n"
  "Dozens more were injured on both sides, while the factions captured three Afghan fighters of the Fatemiyoun Brigade. Two civilians, a woman and her daughter, were also killed when a shell landed near their house in the town of Al-Hader, and roughly twenty others were wounded in regime and Russian airstrikes on Al-Zerbeh and nearby villages.",
  [("killed", 90, "about", "combatant", None, None, True, None, None, None, "Nearly 90 fighters"),
   ("killed", 87, "at_least", "combatant", None, None, True, None, None, None, "at least 87 fighters"),
   ("killed", 49, "exact", "combatant", None, "o2", True, "regime forces, Iranian and Afghan militias and Hezbollah", "Jaish al-Fateh", None, "49 members of regime forces"),
   ("killed", 11, "exact", "combatant", "foreign fighters", "o3", True, "Iranian militias", "Jaish al-Fateh", None, "11 Iranians"),
   ("killed", 6, "at_least", "combatant", None, "o3", True, "Hezbollah", "Jaish al-Fateh", None, "no fewer than 6 Hezbollah fighters"),
   ("killed", 38, "exact", "combatant", None, "o2", True, "Nusra Front and Islamic factions", "regime forces and allies", None, "38 fighters of Jabhat al-Nusra"),
   ("killed", 4, "exact", "combatant", "suicide bombers", "o6", True, "Nusra Front and Islamic factions", None, None, "four suicide bombers"),
   ("wounded", None, "dozens", "combatant", None, None, True, None, None, None, "Dozens more were injured"),
   ("captured", 3, "exact", "combatant", None, None, False, "Fatemiyoun Brigade", "Jaish al-Fateh", None, "three Afghan fighters"),
   ("killed", 2, "exact", "civilian", None, None, False, None, None, None, "Two civilians"),
   ("killed", 1, "exact", "civilian", "women", "o10", False, None, None, None, "a woman"),
   ("killed", 1, "exact", "civilian", "children", "o10", False, None, None, None, "her daughter"),
   ("wounded", 20, "about", "civilian", None, None, False, None, "regime and Russian air forces", None, "roughly twenty others")]),
]


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    ids = [s[0] for s in SPEC]
    assert len(ids) == len(set(ids)), "duplicate bulletin id"
    with (HERE / "bulletins.jsonl").open("w", encoding="utf-8") as f:
        for bid, published, title, body, obs in SPEC:
            f.write(json.dumps({"id": bid, "title": title, "body": body,
                                "published": published}, ensure_ascii=False) + "\n")
            rows = [{"id": f"o{i}", **dict(zip(K, o, strict=True))}
                    for i, o in enumerate(obs, start=1)]
            seen: set[str] = set()
            for r in rows:
                # the evidence lies inside the title or inside the body, never across them
                assert r["evidence"] in title or r["evidence"] in body, (bid, r["evidence"])
                assert r["evidence"] in title + "\n" + body, (bid, r["evidence"])
                assert r["part_of"] is None or r["part_of"] in seen, (bid, r["id"], r["part_of"])
                assert r["type"] in TYPES and r["qualifier"] in QUALIFIERS, (bid, r["id"])
                assert r["status"] in STATUSES, (bid, r["id"])
                assert (r["n"] is None) == (r["qualifier"] in VAGUE), (bid, r["id"])
                seen.add(r["id"])
            (gold_dir / f"{bid}.json").write_text(json.dumps(
                {"bulletin": bid, "published": published, "observations": rows},
                ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
