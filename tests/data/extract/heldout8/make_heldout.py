# ruff: noqa: E501  (the bulletins and their gold rows are data, one per line)
"""Writes held-out batch 8 (bulletins.jsonl) and its gold (gold/*.json) from SPEC.

Written blind (without looking at the extractor) in the style of other SOHR editors and
years: early-war daily tolls, siege bulletins, 2020s assassinations and drone strikes,
monthly statistics, a flash bulletin and an English bulletin.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from heldout_batch import write_batch

SPEC = [
 # 2012, early war: one very long comma sentence, per-town martyrs, FSA, number words
 ("ho8-homs-2012", "2012-02-08",
  "67 شهيداً في سوريا اليوم بينهم 47 في حمص، ومقتل 11 عنصراً من القوات النظامية في جبل الزاوية",
  "المرصد السوري لحقوق الإنسان: ارتفع إلى 67 عدد الشهداء الذين سقطوا اليوم في عدة محافظات سورية، بينهم 47 شهيداً في مدينة حمص هم 39 مواطناً مدنياً من ضمنهم 6 أطفال وثلاث سيدات استشهدوا إثر القصف العنيف الذي تتعرض له أحياء بابا عمرو والخالدية والإنشاءات لليوم الخامس على التوالي بقذائف الهاون والصواريخ التي سقط منها أكثر من 300 قذيفة منذ فجر اليوم، و8 مقاتلين من الجيش الحر استشهدوا خلال اشتباكات مع القوات النظامية عند أطراف حي بابا عمرو، كما استشهد 9 مواطنين في ريف إدلب، خمسة منهم في بلدة سرمين واثنان في بنش ومواطنان في مدينة معرة النعمان، وسبعة مواطنين في بلدة اليادودة بريف درعا، بينما استشهد شاب عمره 17 عاماً برصاص قناص في مدينة حماة، وشهيدان في مدينة الرستن، ومواطن بدوما في ريف دمشق، فيما قتل ما لا يقل عن 11 عنصراً من القوات النظامية بينهم ضابطان برتبة ملازم أول خلال اشتباكات مع مقاتلين من كتائب الجيش الحر في بلدات جبل الزاوية.\n\n"
  "وأكد ناشطون من المدينة أن عشرات الجرحى لا يزالون في مشاف ميدانية داخل حي بابا عمرو يتعذر إخراجهم بسبب الحصار، وأن نحو 20 عائلة تمكنت من النزوح نحو الأحياء المجاورة.",
  [("killed", 67, "exact", "unknown", None, None, True, None, None, None, "67 شهيداً في سوريا"),
   ("killed", 47, "exact", "unknown", None, "o1", True, None, None, "حمص", "بينهم 47 في حمص"),
   ("killed", 11, "exact", "combatant", None, None, False, "regime forces", "Free Syrian Army", "جبل الزاوية", "مقتل 11 عنصراً من القوات النظامية"),
   ("killed", 67, "exact", "unknown", None, None, True, None, None, None, "ارتفع إلى 67 عدد الشهداء"),
   ("killed", 47, "exact", "unknown", None, "o4", True, None, None, "حمص", "بينهم 47 شهيداً في مدينة حمص"),
   ("killed", 39, "exact", "civilian", None, "o5", True, None, "regime forces", "حمص", "39 مواطناً مدنياً"),
   ("killed", 6, "exact", "civilian", "children", "o6", True, None, "regime forces", "حمص", "6 أطفال"),
   ("killed", 3, "exact", "civilian", "women", "o6", True, None, "regime forces", "حمص", "وثلاث سيدات"),
   ("killed", 8, "exact", "combatant", None, "o5", True, "Free Syrian Army", "regime forces", "بابا عمرو", "و8 مقاتلين من الجيش الحر"),
   ("killed", 9, "exact", "civilian", None, None, False, None, None, "ريف إدلب", "استشهد 9 مواطنين"),
   ("killed", 5, "exact", "civilian", None, "o10", False, None, None, "سرمين", "خمسة منهم في بلدة سرمين"),
   ("killed", 2, "exact", "civilian", None, "o10", False, None, None, "بنش", "واثنان في بنش"),
   ("killed", 2, "exact", "civilian", None, "o10", False, None, None, "معرة النعمان", "ومواطنان في مدينة معرة النعمان"),
   ("killed", 7, "exact", "civilian", None, None, False, None, None, "اليادودة", "وسبعة مواطنين"),
   ("killed", 1, "exact", "civilian", "men", None, False, None, "sniper", "حماة", "استشهد شاب عمره 17 عاماً"),
   ("killed", 2, "exact", "unknown", None, None, False, None, None, "الرستن", "وشهيدان في مدينة الرستن"),
   ("killed", 1, "exact", "civilian", None, None, False, None, None, "دوما", "ومواطن بدوما"),
   ("killed", 11, "at_least", "combatant", None, None, False, "regime forces", "Free Syrian Army", "جبل الزاوية", "ما لا يقل عن 11 عنصراً"),
   ("killed", 2, "exact", "combatant", "officers", "o18", False, "regime forces", "Free Syrian Army", "جبل الزاوية", "ضابطان برتبة ملازم أول"),
   ("wounded", None, "dozens", "unknown", None, None, False, None, "regime forces", "بابا عمرو", "عشرات الجرحى")]),

 # 2016 siege of eastern Aleppo: bodies from rubble, running total since the offensive, barrels
 ("ho8-aleppo-siege", "2016-11-30",
  "أحياء حلب الشرقية: ارتفاع حصيلة الشهداء إلى 312 منذ بدء الهجوم الأخير وانتشال جثث 7 مواطنين من تحت الأنقاض",
  "محافظة حلب – المرصد السوري لحقوق الإنسان:: تمكنت فرق الدفاع المدني من انتشال جثث 7 مواطنين بينهم 3 أطفال وسيدة من تحت أنقاض مبنى سكني في حي الشعار، كان قد انهار جراء برميلين متفجرين ألقاهما الطيران المروحي فجر أمس، في حين لا يزال نحو 10 أشخاص مفقودين تحت الركام.\n\n"
  "كما استشهد مواطنان اثنان وأصيب 9 آخرون بجراح، بينهم 4 أطفال، جراء قصف مدفعي من قوات النظام والمسلحين الموالين لها على حي الصاخور، فيما قضى رجل مسن وزوجته في حي الكلاسة، بعد أن تعذر نقلهما إلى المشافي التي خرج معظمها عن الخدمة.\n\n"
  "وبذلك يرتفع إلى 312 على الأقل عدد الشهداء المدنيين الذين وثقهم المرصد السوري في الأحياء الشرقية لمدينة حلب منذ بدء الهجوم في الـ 15 من تشرين الثاني / نوفمبر الجاري، بينهم 48 طفلاً دون سن الثامنة عشر و29 مواطنة، إضافة إلى مئات الجرحى، في حين ألقت الطائرات المروحية أكثر من 1500 برميل متفجر على الأحياء ذاتها خلال الفترة نفسها.\n\n"
  "وعلى جبهات القتال، قتل ما لا يقل عن 23 عنصراً من قوات النظام والمسلحين الموالين لها من جنسيات سورية وغير سورية، بينهم 9 من حركة النجباء العراقية، كما قتل 17 مقاتلاً على الأقل من الفصائل وجبهة فتح الشام، خلال اشتباكات عنيفة على محور الشيخ سعيد جنوب المدينة، فيما وقع 4 عناصر من قوات النظام أسرى بيد الفصائل.",
  [("killed", 312, "exact", "civilian", None, None, True, None, "regime forces and Russian air force", "حلب", "ارتفاع حصيلة الشهداء إلى 312"),
   ("killed", 7, "exact", "civilian", None, None, False, None, "regime helicopters", "الشعار", "انتشال جثث 7 مواطنين من تحت الأنقاض"),
   ("killed", 7, "exact", "civilian", None, None, False, None, "regime helicopters", "الشعار", "انتشال جثث 7 مواطنين بينهم"),
   ("killed", 3, "exact", "civilian", "children", "o3", False, None, "regime helicopters", "الشعار", "3 أطفال"),
   ("killed", 1, "exact", "civilian", "women", "o3", False, None, "regime helicopters", "الشعار", "وسيدة"),
   ("missing", 10, "about", "civilian", None, None, False, None, "regime helicopters", "الشعار", "نحو 10 أشخاص مفقودين"),
   ("killed", 2, "exact", "civilian", None, None, False, None, "regime forces", "الصاخور", "استشهد مواطنان اثنان"),
   ("wounded", 9, "exact", "civilian", None, None, False, None, "regime forces", "الصاخور", "وأصيب 9 آخرون"),
   ("wounded", 4, "exact", "civilian", "children", "o8", False, None, "regime forces", "الصاخور", "بينهم 4 أطفال"),
   ("killed", 1, "exact", "civilian", "men", None, False, None, None, "الكلاسة", "قضى رجل مسن"),
   ("killed", 1, "exact", "civilian", "women", None, False, None, None, "الكلاسة", "وزوجته"),
   ("killed", 312, "at_least", "civilian", None, None, True, None, None, "حلب", "يرتفع إلى 312 على الأقل"),
   ("killed", 48, "exact", "civilian", "children", "o12", True, None, None, "حلب", "48 طفلاً"),
   ("killed", 29, "exact", "civilian", "women", "o12", True, None, None, "حلب", "29 مواطنة"),
   ("wounded", None, "hundreds", "civilian", None, None, True, None, None, "حلب", "مئات الجرحى"),
   ("killed", 23, "at_least", "combatant", None, None, False, "regime forces and allied militias", "factions", "الشيخ سعيد", "ما لا يقل عن 23 عنصراً"),
   ("killed", 9, "exact", "combatant", "foreign fighters", "o16", False, "Harakat al-Nujaba", "factions", "الشيخ سعيد", "9 من حركة النجباء العراقية"),
   ("killed", 17, "at_least", "combatant", None, None, False, "factions and Fatah al-Sham Front", "regime forces", "الشيخ سعيد", "17 مقاتلاً على الأقل"),
   ("captured", 4, "exact", "combatant", None, None, False, "regime forces", "factions", "الشيخ سعيد", "وقع 4 عناصر من قوات النظام أسرى")]),

 # 2017 Raqqa battle: three-level nesting, per-side running total with the number after the noun
 ("ho8-raqqa-battle", "2017-08-14",
  "معركة الرقة: مقتل 19 عنصراً من “قسد” والتنظيم خلال 24 ساعة وحصيلة القتلى منذ حزيران تتخطى 2000",
  "محافظة الرقة – المرصد السوري لحقوق الإنسان:: تتواصل الاشتباكات العنيفة في أحياء البريد والثكنة والمرور وسط مدينة الرقة، بين قوات سوريا الديمقراطية المدعمة بقوات خاصة أمريكية من جهة، وعناصر تنظيم “الدولة الإسلامية” من جهة أخرى، ما أسفر عن مقتل 8 مقاتلين من قسد، ومقتل 11 عنصراً من التنظيم، بينهم 4 من جنسيات غير سورية، أحدهم قيادي شيشاني الجنسية.\n\n"
  "كما استشهد 6 مواطنين بينهم طفلتان وسيدة، جراء غارات لطائرات التحالف الدولي على حي هشام بن عبد الملك، وقضى مواطن آخر برصاص قناص في حي الدرعية، بينما أصيب ما يزيد عن 15 مدنياً بجراح متفاوتة، وجرح عدة عناصر من قسد بانفجار ألغام زرعها التنظيم.\n\n"
  "ليرتفع بذلك عدد القتلى الذين وثقهم المرصد السوري منذ انطلاق معركة الرقة الكبرى في الـ 6 من حزيران / يونيو الفائت إلى 2104، هم 827 مدنياً بينهم 163 طفلاً و109 مواطنات، و611 مقاتلاً من قوات سوريا الديمقراطية، و666 عنصراً من التنظيم.\n\n"
  "ولا تزال الطائرات تنفذ عشرات الغارات يومياً على ما تبقى من أحياء تحت سيطرة التنظيم، الذي يقدر عدد عناصره المتبقين في المدينة بنحو 1000 عنصر.",
  [("killed", 19, "exact", "combatant", None, None, False, "SDF and ISIS", None, "الرقة", "مقتل 19 عنصراً"),
   ("killed", 2000, "more_than", "unknown", None, None, True, None, None, "الرقة", "تتخطى 2000"),
   ("killed", 8, "exact", "combatant", None, None, False, "SDF", "ISIS", "الرقة", "مقتل 8 مقاتلين من قسد"),
   ("killed", 11, "exact", "combatant", None, None, False, "ISIS", "SDF", "الرقة", "مقتل 11 عنصراً من التنظيم"),
   ("killed", 4, "exact", "combatant", "foreign fighters", "o4", False, "ISIS", "SDF", "الرقة", "4 من جنسيات غير سورية"),
   ("killed", 1, "exact", "combatant", "commanders", "o5", False, "ISIS", "SDF", "الرقة", "أحدهم قيادي شيشاني"),
   ("killed", 6, "exact", "civilian", None, None, False, None, "international coalition", "هشام بن عبد الملك", "استشهد 6 مواطنين"),
   ("killed", 2, "exact", "civilian", "children", "o7", False, None, "international coalition", "هشام بن عبد الملك", "طفلتان"),
   ("killed", 1, "exact", "civilian", "women", "o7", False, None, "international coalition", "هشام بن عبد الملك", "وسيدة، جراء"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "sniper", "الدرعية", "وقضى مواطن آخر"),
   ("wounded", 15, "more_than", "civilian", None, None, False, None, None, "الرقة", "ما يزيد عن 15 مدنياً"),
   ("wounded", None, "several", "combatant", None, None, False, "SDF", "ISIS", "الرقة", "وجرح عدة عناصر من قسد"),
   ("killed", 2104, "exact", "unknown", None, None, True, None, None, "الرقة", "إلى 2104"),
   ("killed", 827, "exact", "civilian", None, "o13", True, None, None, "الرقة", "827 مدنياً"),
   ("killed", 163, "exact", "civilian", "children", "o14", True, None, None, "الرقة", "163 طفلاً"),
   ("killed", 109, "exact", "civilian", "women", "o14", True, None, None, "الرقة", "109 مواطنات"),
   ("killed", 611, "exact", "combatant", None, "o13", True, "SDF", "ISIS", "الرقة", "611 مقاتلاً من قوات سوريا الديمقراطية"),
   ("killed", 666, "exact", "combatant", None, "o13", True, "ISIS", None, "الرقة", "666 عنصراً من التنظيم")]),

 # 2021 Daraa: title without any count, unidentified gunmen, a running total of attacks (not people)
 ("ho8-daraa-chaos", "2021-09-19",
  "الفلتان الأمني يتواصل في درعا.. استهدافات برصاص مسلحين مجهولي الهوية في ريفي المحافظة الغربي والشرقي",
  "محافظة درعا – المرصد السوري لحقوق الإنسان:: عثر أهالي بلدة المزيريب بريف درعا الغربي على جثة شاب عمره 24 عاماً وعليها آثار إطلاق نار في الرأس، بعد ساعات من اختطافه على يد مسلحين مجهولي الهوية أثناء عودته من عمله في مدينة طفس.\n\n"
  "وفي ريف درعا الشرقي، قتل عنصران من الفرقة الرابعة وأصيب ثالث بجراح خطرة، إثر استهداف سيارتهم بعبوة ناسفة على الطريق الواصل بين بلدتي المسيفرة والكرك الشرقي، كما اغتيل مختار بلدة صيدا بعد أن أطلق مسلحون مجهولو الهوية النار عليه أمام منزله.\n\n"
  "وبذلك، يرتفع إلى 318 عدد الاستهدافات في درعا منذ مطلع العام الجاري، والتي تسببت بمقتل 277 شخصاً، هم: 94 مدنياً بينهم 5 أطفال و3 مواطنات، و121 من قوات النظام والمسلحين المتعاونين مع الأجهزة الأمنية، و49 من مقاتلي الفصائل ممن أجروا “تسويات”، بالإضافة إلى 13 من الميليشيات السورية التابعة لـ“حزب الله” اللبناني.\n\n"
  "كما وثق المرصد السوري إصابة نحو 90 شخصاً بجراح متفاوتة جراء تلك الاستهدافات، بالإضافة لاختطاف ما لا يقل عن 16 شخصاً لا يزال مصير 7 منهم مجهولاً.",
  [("killed", 1, "exact", "civilian", "men", None, False, None, "unidentified gunmen", "المزيريب", "جثة شاب"),
   ("killed", 2, "exact", "combatant", None, None, False, "regime Fourth Division", None, "ريف درعا الشرقي", "قتل عنصران من الفرقة الرابعة"),
   ("wounded", 1, "exact", "combatant", None, None, False, "regime Fourth Division", None, "ريف درعا الشرقي", "وأصيب ثالث"),
   ("killed", 1, "exact", "civilian", "men", None, False, None, "unidentified gunmen", "صيدا", "اغتيل مختار بلدة صيدا"),
   ("killed", 277, "exact", "unknown", None, None, True, None, None, "درعا", "بمقتل 277 شخصاً"),
   ("killed", 94, "exact", "civilian", None, "o5", True, None, None, "درعا", "94 مدنياً"),
   ("killed", 5, "exact", "civilian", "children", "o6", True, None, None, "درعا", "5 أطفال"),
   ("killed", 3, "exact", "civilian", "women", "o6", True, None, None, "درعا", "3 مواطنات"),
   ("killed", 121, "exact", "combatant", None, "o5", True, "regime forces and collaborators", None, "درعا", "121 من قوات النظام"),
   ("killed", 49, "exact", "combatant", None, "o5", True, "reconciled former faction fighters", None, "درعا", "49 من مقاتلي الفصائل"),
   ("killed", 13, "exact", "combatant", None, "o5", True, "Hezbollah-affiliated Syrian militias", None, "درعا", "13 من الميليشيات السورية"),
   ("wounded", 90, "about", "unknown", None, None, True, None, None, "درعا", "إصابة نحو 90 شخصاً"),
   ("kidnapped", 16, "at_least", "unknown", None, None, True, None, None, "درعا", "ما لا يقل عن 16 شخصاً"),
   ("missing", 7, "exact", "unknown", None, "o13", True, None, None, "درعا", "مصير 7 منهم")]),
]

SPEC += [
 # 2022 Idlib de-escalation zone and Hama countryside: shells with no casualties, number words
 ("ho8-idlib-deescalation", "2022-10-11",
  "خروقات “خفض التصعيد”: استشهاد طفلين ومواطنة بقصف صاروخي على جبل الزاوية، ومقتل 3 عناصر من “الفتح المبين” على محاور سهل الغاب",
  "محافظة إدلب – المرصد السوري لحقوق الإنسان:: استشهد طفلان شقيقان يبلغان من العمر 7 و9 أعوام، ومواطنة، جراء قصف صاروخي نفذته قوات النظام على الأطراف الجنوبية لبلدة البارة في جبل الزاوية بريف إدلب الجنوبي، كما أصيب خمسة مدنيين آخرين بينهم طفلة، وسط سقوط أكثر من 40 قذيفة صاروخية ومدفعية على قرى فليفل وسفوهن والفطيرة منذ ساعات الصباح، دون ورود معلومات عن خسائر بشرية.\n\n"
  "وفي ريف حماة، قتل 3 عناصر من غرفة عمليات “الفتح المبين” بينهم قائد مجموعة، جراء استهداف قوات النظام لنقطتهم بصاروخ موجه على محور قرية الزيارة في سهل الغاب، في حين قتل جندي من قوات النظام برصاص قناص الفصائل على محور الحويز، كما قصفت قوات النظام بعشرات القذائف أطراف بلدة قسطون، ما أدى لإصابة عدد من المدنيين.\n\n"
  "وبذلك، ترتفع حصيلة القتلى جراء التصعيد في منطقة “بوتين – أردوغان” منذ مطلع العام 2022 إلى 211، هم 83 مدنياً بينهم 31 طفلاً، و88 مقاتلاً من الفصائل والجهاديين بينهم 19 من هيئة تحرير الشام، و40 من قوات النظام والمسلحين الموالين لها.",
  [("killed", 2, "exact", "civilian", "children", None, False, None, "regime forces", "البارة", "استشهاد طفلين"),
   ("killed", 1, "exact", "civilian", "women", None, False, None, "regime forces", "البارة", "ومواطنة بقصف"),
   ("killed", 3, "exact", "combatant", None, None, False, "al-Fath al-Mubin", "regime forces", "الزيارة", "مقتل 3 عناصر من “الفتح المبين”"),
   ("killed", 2, "exact", "civilian", "children", None, False, None, "regime forces", "البارة", "استشهد طفلان شقيقان"),
   ("killed", 1, "exact", "civilian", "women", None, False, None, "regime forces", "البارة", "ومواطنة، جراء"),
   ("wounded", 5, "exact", "civilian", None, None, False, None, "regime forces", "البارة", "خمسة مدنيين آخرين"),
   ("wounded", 1, "exact", "civilian", "children", "o6", False, None, "regime forces", "البارة", "بينهم طفلة"),
   ("killed", 3, "exact", "combatant", None, None, False, "al-Fath al-Mubin", "regime forces", "الزيارة", "قتل 3 عناصر من غرفة عمليات"),
   ("killed", 1, "exact", "combatant", "commanders", "o8", False, "al-Fath al-Mubin", "regime forces", "الزيارة", "قائد مجموعة"),
   ("killed", 1, "exact", "combatant", None, None, False, "regime forces", "factions", "الحويز", "قتل جندي من قوات النظام"),
   ("wounded", None, "several", "civilian", None, None, False, None, "regime forces", "قسطون", "عدد من المدنيين"),
   ("killed", 211, "exact", "unknown", None, None, True, None, None, None, "إلى 211"),
   ("killed", 83, "exact", "civilian", None, "o12", True, None, None, None, "83 مدنياً"),
   ("killed", 31, "exact", "civilian", "children", "o13", True, None, None, None, "31 طفلاً"),
   ("killed", 88, "exact", "combatant", None, "o12", True, "factions and jihadists", None, None, "88 مقاتلاً من الفصائل والجهاديين"),
   ("killed", 19, "exact", "combatant", None, "o15", True, "HTS", None, None, "19 من هيئة تحرير الشام"),
   ("killed", 40, "exact", "combatant", None, "o12", True, "regime forces and allied militias", None, None, "40 من قوات النظام")]),

 # 2023 Turkish drones on the AANES: Arabic-Indic digits, a running total of strikes (not people)
 ("ho8-turkish-drones", "2023-01-17",
  "مسيّرات تركية تستهدف مواقع ومركبات لـ“قسد” في الحسكة والرقة وحلب.. و٧ قتلى حصيلة أولية",
  "المرصد السوري لحقوق الإنسان:: صعّدت القوات التركية من استهدافاتها بالطائرات المسيّرة لمناطق نفوذ “الإدارة الذاتية” في شمال وشمال شرق سوريا، حيث قتل ٣ عناصر من “الأسايش” بينهم قيادي، إثر استهداف مسيّرة تركية سيارتهم على طريق عامودا – القامشلي في ريف الحسكة، كما قتل عنصران من “قسد” بضربة مماثلة طالت نقطة عسكرية قرب بلدة عين عيسى شمالي الرقة، وأصيب ٤ آخرون بجراح.\n\n"
  "وفي ريف حلب الشرقي، استشهدت سيدة وابنتها وأصيب زوجها، جراء قصف مدفعي تركي على قرية قرب مدينة عين العرب (كوباني)، فيما لم تسفر ضربة ثالثة استهدفت مستودعاً في ريف المالكية عن خسائر بشرية.\n\n"
  "وبذلك، يرتفع إلى 67 عدد الاستهدافات الجوية التركية بالطائرات المسيرة على مناطق الإدارة الذاتية منذ مطلع العام ٢٠٢٢، والتي أسفرت عن مقتل ٥٨ شخصاً، هم: ٣٢ من قسد والأسايش ووحدات حماية الشعب، و١١ من قوات النظام، و١٥ مدنياً بينهم ٤ أطفال، فضلاً عن إصابة أكثر من ٧٠ آخرين بجراح متفاوتة.",
  [("killed", 7, "exact", "unknown", None, None, False, None, "Turkish forces", None, "٧ قتلى"),
   ("killed", 3, "exact", "combatant", None, None, False, "Asayish", "Turkish drone", "ريف الحسكة", "قتل ٣ عناصر من “الأسايش”"),
   ("killed", 1, "exact", "combatant", "commanders", "o2", False, "Asayish", "Turkish drone", "ريف الحسكة", "بينهم قيادي"),
   ("killed", 2, "exact", "combatant", None, None, False, "SDF", "Turkish drone", "عين عيسى", "قتل عنصران من “قسد”"),
   ("wounded", 4, "exact", "combatant", None, None, False, "SDF", "Turkish drone", "عين عيسى", "وأصيب ٤ آخرون"),
   ("killed", 1, "exact", "civilian", "women", None, False, None, "Turkish forces", "عين العرب", "استشهدت سيدة"),
   ("killed", 1, "exact", "civilian", "children", None, False, None, "Turkish forces", "عين العرب", "وابنتها"),
   ("wounded", 1, "exact", "civilian", "men", None, False, None, "Turkish forces", "عين العرب", "وأصيب زوجها"),
   ("killed", 58, "exact", "unknown", None, None, True, None, "Turkish drones", None, "مقتل ٥٨ شخصاً"),
   ("killed", 32, "exact", "combatant", None, "o9", True, "SDF, Asayish and YPG", "Turkish drones", None, "٣٢ من قسد"),
   ("killed", 11, "exact", "combatant", None, "o9", True, "regime forces", "Turkish drones", None, "و١١ من قوات النظام"),
   ("killed", 15, "exact", "civilian", None, "o9", True, None, "Turkish drones", None, "و١٥ مدنياً"),
   ("killed", 4, "exact", "civilian", "children", "o12", True, None, "Turkish drones", None, "٤ أطفال"),
   ("wounded", 70, "more_than", "unknown", None, None, True, None, "Turkish drones", None, "أكثر من ٧٠ آخرين")]),

 # 2022 Suwayda: Jordanian border clash with smugglers, kidnappings and a ransom, people who fled
 ("ho8-suwayda-border", "2022-01-27",
  "مقتل 27 مهرباً باشتباك مع حرس الحدود الأردني قبالة ريف السويداء الشرقي",
  "محافظة السويداء – المرصد السوري لحقوق الإنسان:: دارت اشتباكات عنيفة فجر اليوم بين قوات حرس الحدود الأردنية ومجموعات مسلحة تعمل في تهريب المخدرات على الحدود السورية – الأردنية قبالة ريف السويداء الشرقي، ما أسفر عن مقتل 27 شخصاً وإصابة عدد من المهربين الآخرين، في حين فرّ نحو 10 آخرون إلى داخل الأراضي السورية.\n\n"
  "وفي سياق آخر، أفرجت مجموعة مسلحة عن 4 مواطنين من أبناء مدينة شهبا بعد اختطافهم لمدة 9 أيام على طريق دمشق – السويداء، مقابل فدية مالية بلغت 60 ألف دولار أمريكي، بينما لا يزال مصير شابين اثنين من بلدة القريا مجهولاً منذ اختطافهما قبل أسبوعين.\n\n"
  "كما عثر على جثة رجل مجهول الهوية قرب بلدة الثعلة في ريف السويداء الغربي، فيما أصيب مواطنان بجراح برصاص عشوائي خلال مشاجرة في مدينة السويداء.\n\n"
  "وبذلك، يرتفع إلى 31 عدد الأشخاص الذين قتلوا برصاص حرس الحدود الأردني منذ مطلع العام الجاري، بينهم 3 من قوات النظام، فيما تقدر مصادر محلية عدد المختطفين في السويداء منذ مطلع العام بأكثر من عشرين شخصاً.",
  [("killed", 27, "exact", "unknown", "smugglers", None, False, None, "Jordanian border guards", "ريف السويداء الشرقي", "مقتل 27 مهرباً"),
   ("killed", 27, "exact", "unknown", "smugglers", None, False, None, "Jordanian border guards", "ريف السويداء الشرقي", "مقتل 27 شخصاً"),
   ("wounded", None, "several", "unknown", "smugglers", None, False, None, "Jordanian border guards", "ريف السويداء الشرقي", "عدد من المهربين"),
   ("kidnapped", 4, "exact", "civilian", None, None, False, None, "armed group", "شهبا", "4 مواطنين من أبناء مدينة شهبا"),
   ("kidnapped", 2, "exact", "civilian", "men", None, False, None, None, "القريا", "شابين اثنين"),
   ("killed", 1, "exact", "unknown", "men", None, False, None, None, "الثعلة", "جثة رجل مجهول الهوية"),
   ("wounded", 2, "exact", "civilian", None, None, False, None, None, "السويداء", "أصيب مواطنان"),
   ("killed", 31, "exact", "unknown", None, None, True, None, "Jordanian border guards", None, "يرتفع إلى 31 عدد الأشخاص"),
   ("killed", 3, "exact", "combatant", None, "o8", True, "regime forces", "Jordanian border guards", None, "3 من قوات النظام"),
   ("kidnapped", 20, "more_than", "civilian", None, None, True, None, None, "السويداء", "بأكثر من عشرين شخصاً")]),

 # 2023 Badia: IS cells and landmines, truffle hunters, bodies of unidentified shepherds
 ("ho8-badia-truffles", "2023-03-12",
  "قرابة 20 قتيلاً من جامعي الكمأة وعناصر النظام بهجمات لخلايا التنظيم وانفجار ألغام في بادية دير الزور وحمص",
  "المرصد السوري لحقوق الإنسان:: قتل 11 شخصاً من جامعي الكمأة، بينهم 3 نساء، وأصيب 5 آخرون، جراء هجوم نفذه مسلحون يرجح أنهم من خلايا تنظيم “الدولة الإسلامية” على تجمع لهم في بادية الشولا جنوب غربي دير الزور، فيما لا يزال 6 آخرون في عداد المفقودين.\n\n"
  "كما قضى طفل عمره 12 عاماً وشقيقه بانفجار لغم أرضي من مخلفات الحرب أثناء رعيهما الأغنام قرب قرية الكوم في بادية السخنة شرقي حمص، بينما انتشل أهالي قرية المسرب جثث ثلاثة رعاة مجهولي الهوية من نهر الفرات.\n\n"
  "وفي سياق متصل، قتل عنصران من قوات النظام وأصيب 3 آخرون بينهم ضابط برتبة ملازم، بهجوم لخلايا التنظيم على نقطة عسكرية في محيط معدان عتيق بريف الرقة الشرقي، لتتجاوز بذلك حصيلة القتلى في البادية السورية منذ مطلع العام 2023 الـ 190 قتيلاً.\n\n"
  "ووفقاً لإحصائيات المرصد السوري، بلغت الحصيلة الإجمالية لقتلى الألغام ومخلفات الحرب وهجمات الخلايا خلال موسم الكمأة الحالي 148، هم: 97 مدنياً بينهم 14 طفلاً و8 مواطنات، و51 من قوات النظام والمسلحين الموالين لها بينهم 3 من الميليشيات الإيرانية.",
  [("killed", 20, "about", "unknown", None, None, False, None, "ISIS cells and landmines", None, "قرابة 20 قتيلاً"),
   ("killed", 11, "exact", "civilian", "truffle hunters", None, False, None, "ISIS cells", "بادية الشولا", "قتل 11 شخصاً من جامعي الكمأة"),
   ("killed", 3, "exact", "civilian", "women", "o2", False, None, "ISIS cells", "بادية الشولا", "3 نساء"),
   ("wounded", 5, "exact", "civilian", "truffle hunters", None, False, None, "ISIS cells", "بادية الشولا", "وأصيب 5 آخرون"),
   ("missing", 6, "exact", "civilian", "truffle hunters", None, False, None, "ISIS cells", "بادية الشولا", "6 آخرون في عداد المفقودين"),
   ("killed", 1, "exact", "civilian", "children", None, False, None, "landmine", "الكوم", "قضى طفل عمره 12 عاماً"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "landmine", "الكوم", "وشقيقه"),
   ("killed", 3, "exact", "civilian", "shepherds", None, False, None, None, "المسرب", "جثث ثلاثة رعاة مجهولي الهوية"),
   ("killed", 2, "exact", "combatant", None, None, False, "regime forces", "ISIS cells", "معدان عتيق", "قتل عنصران من قوات النظام"),
   ("wounded", 3, "exact", "combatant", None, None, False, "regime forces", "ISIS cells", "معدان عتيق", "وأصيب 3 آخرون"),
   ("wounded", 1, "exact", "combatant", "officers", "o10", False, "regime forces", "ISIS cells", "معدان عتيق", "ضابط برتبة ملازم"),
   ("killed", 190, "more_than", "unknown", None, None, True, None, None, "البادية السورية", "الـ 190 قتيلاً"),
   ("killed", 148, "exact", "unknown", None, None, True, None, "landmines and ISIS cells", None, "الحصيلة الإجمالية لقتلى الألغام"),
   ("killed", 97, "exact", "civilian", None, "o13", True, None, "landmines and ISIS cells", None, "97 مدنياً"),
   ("killed", 14, "exact", "civilian", "children", "o14", True, None, "landmines and ISIS cells", None, "14 طفلاً"),
   ("killed", 8, "exact", "civilian", "women", "o14", True, None, "landmines and ISIS cells", None, "8 مواطنات"),
   ("killed", 51, "exact", "combatant", None, "o13", True, "regime forces and allied militias", "landmines and ISIS cells", None, "51 من قوات النظام"),
   ("killed", 3, "exact", "combatant", "foreign fighters", "o17", True, "Iranian militias", "landmines and ISIS cells", None, "3 من الميليشيات الإيرانية")]),

 # flash bulletin, two sentences: Israeli strikes on Damascus and Quneitra
 ("ho8-flash-israel", "2023-02-19",
  "عاجل: مقتل 4 عسكريين وإصابة آخرين بضربات إسرائيلية على دمشق وريف القنيطرة",
  "قتل 4 عسكريين بينهم ضابط في الدفاع الجوي، جراء ضربات صاروخية إسرائيلية استهدفت مواقع قرب مطار المزة العسكري في دمشق بعد منتصف الليل، كما أصيب 3 عناصر آخرون ومواطنة كانت تستقل سيارة على أوتوستراد المزة، فيما أصيب جندي باستهداف موقع عسكري قرب بلدة حضر في ريف القنيطرة الشمالي. "
  "وأطلقت الدفاعات الجوية نحو 20 صاروخاً للتصدي للضربات، التي تعد الـ 9 من نوعها منذ مطلع العام.",
  [("killed", 4, "exact", "combatant", None, None, False, "regime forces", "Israel", "المزة", "مقتل 4 عسكريين"),
   ("killed", 4, "exact", "combatant", None, None, False, "regime forces", "Israel", "المزة", "قتل 4 عسكريين بينهم"),
   ("killed", 1, "exact", "combatant", "officers", "o2", False, "regime forces", "Israel", "المزة", "ضابط في الدفاع الجوي"),
   ("wounded", 3, "exact", "combatant", None, None, False, "regime forces", "Israel", "المزة", "أصيب 3 عناصر آخرون"),
   ("wounded", 1, "exact", "civilian", "women", None, False, None, "Israel", "المزة", "ومواطنة كانت تستقل"),
   ("wounded", 1, "exact", "combatant", None, None, False, "regime forces", "Israel", "حضر", "أصيب جندي")]),
]

SPEC += [
 # monthly statistics: a long nested breakdown, siblings after nested children
 ("ho8-monthly-may", "2019-06-01",
  "أكثر من 1300 قتيل في سوريا خلال شهر أيار/مايو بينهم 382 مدنياً",
  "المرصد السوري لحقوق الإنسان:: وثق المرصد السوري لحقوق الإنسان مقتل 1319 شخصاً على امتداد الأراضي السورية خلال الشهر الفائت، توزعوا على النحو التالي: 382 مدنياً بينهم 97 طفلاً دون سن الثامنة عشر و61 مواطنة فوق سن الثامنة عشر، و937 مقاتلاً.\n\n"
  "ومن بين الشهداء المدنيين، 209 مواطنين قضوا جراء قصف طائرات النظام والطائرات الروسية، بينهم 58 طفلاً، و43 استشهدوا برصاص وقصف الفصائل وهيئة تحرير الشام على مناطق سيطرة النظام، و18 قضوا في سجون النظام تحت التعذيب، إضافة إلى 11 قتلوا بانفجار ألغام وعبوات ناسفة، فيما قضى البقية في ظروف مختلفة.\n\n"
  "أما المقاتلون فهم 298 عنصراً من قوات النظام والمسلحين الموالين لها من الجنسية السورية، و41 من المسلحين الموالين من جنسيات غير سورية غالبيتهم من حزب الله اللبناني، و412 من الفصائل وهيئة تحرير الشام والحزب الإسلامي التركستاني، بينهم 167 من الجهاديين غير السوريين، و119 من قوات سوريا الديمقراطية، و67 من تنظيم “الدولة الإسلامية”.\n\n"
  "وتركز أكثر من نصف الخسائر البشرية في 4 محافظات هي إدلب وحماة واللاذقية وحلب، ولا سيما في جبل الأكراد بريف اللاذقية الشمالي، حيث نفذت الطائرات الحربية أكثر من 9500 ضربة جوية خلال الشهر، كما أصيب أكثر من ألفي شخص بجراح متفاوتة الخطورة.",
  [("killed", 1300, "more_than", "unknown", None, None, True, None, None, None, "أكثر من 1300 قتيل"),
   ("killed", 382, "exact", "civilian", None, "o1", True, None, None, None, "بينهم 382 مدنياً"),
   ("killed", 1319, "exact", "unknown", None, None, True, None, None, None, "مقتل 1319 شخصاً"),
   ("killed", 382, "exact", "civilian", None, "o3", True, None, None, None, "التالي: 382 مدنياً"),
   ("killed", 97, "exact", "civilian", "children", "o4", True, None, None, None, "97 طفلاً"),
   ("killed", 61, "exact", "civilian", "women", "o4", True, None, None, None, "61 مواطنة"),
   ("killed", 937, "exact", "combatant", None, "o3", True, None, None, None, "و937 مقاتلاً"),
   ("killed", 209, "exact", "civilian", None, "o4", True, None, "regime and Russian air forces", None, "209 مواطنين"),
   ("killed", 58, "exact", "civilian", "children", "o8", True, None, "regime and Russian air forces", None, "58 طفلاً"),
   ("killed", 43, "exact", "civilian", None, "o4", True, None, "factions and HTS", None, "و43 استشهدوا"),
   ("killed", 18, "exact", "civilian", "detainees", "o4", True, None, "regime forces", None, "و18 قضوا في سجون النظام"),
   ("killed", 11, "exact", "civilian", None, "o4", True, None, "landmines and IEDs", None, "11 قتلوا بانفجار ألغام"),
   ("killed", 298, "exact", "combatant", None, "o7", True, "regime forces and allied militias", None, None, "298 عنصراً من قوات النظام"),
   ("killed", 41, "exact", "combatant", "foreign fighters", "o7", True, "non-Syrian pro-regime militias", None, None, "و41 من المسلحين الموالين"),
   ("killed", 412, "exact", "combatant", None, "o7", True, "factions, HTS and Turkistan Islamic Party", None, None, "و412 من الفصائل"),
   ("killed", 167, "exact", "combatant", "foreign fighters", "o15", True, "non-Syrian jihadists", None, None, "167 من الجهاديين غير السوريين"),
   ("killed", 119, "exact", "combatant", None, "o7", True, "SDF", None, None, "و119 من قوات سوريا الديمقراطية"),
   ("killed", 67, "exact", "combatant", None, "o7", True, "ISIS", None, None, "و67 من تنظيم"),
   ("wounded", 2000, "more_than", "unknown", None, None, True, None, None, None, "أكثر من ألفي شخص")]),

 # 2014 deaths under torture: Arabic-Indic digits, أحدهم / والثاني / والأخير, a running total since the year began
 ("ho8-torture-2014", "2014-04-06",
  "استشهاد ٣ معتقلين تحت التعذيب في أقبية الأفرع الأمنية بينهم شاب من ريف اللاذقية",
  "المرصد السوري لحقوق الإنسان:: استشهد ٣ معتقلين تحت التعذيب في أقبية أجهزة المخابرات السورية، أحدهم شاب من مدينة جبلة بريف اللاذقية كان قد اعتقل قبل ١٤ شهراً على حاجز للقوات النظامية، والثاني من حي الوعر في مدينة حمص، والأخير من بلدة الشيخ بدر بريف طرطوس، وتسلم ذووهم بطاقاتهم الشخصية دون جثامينهم.\n\n"
  "كما استشهد رجل مسن عمره ٦٧ عاماً داخل سجن حماة المركزي نتيجة الإهمال الطبي، بعد أيام من إضراب نفذه نحو ٨٠٠ سجين احتجاجاً على ظروف احتجازهم.\n\n"
  "وبذلك يرتفع إلى ١١٢ عدد المعتقلين المدنيين الذين وثق المرصد السوري استشهادهم تحت التعذيب في سجون ومعتقلات النظام منذ مطلع العام ٢٠١٤، بينهم ٤ أطفال وسيدتان، كما وثق المرصد خلال الفترة ذاتها استشهاد ٩ مقاتلين من الكتائب المقاتلة والجيش الحر تحت التعذيب بعد أسرهم من قبل القوات النظامية.\n\n"
  "فيما لا يزال مصير مئات المختطفين لدى الكتائب المقاتلة وتنظيم “الدولة الإسلامية في العراق والشام” مجهولاً.",
  [("killed", 3, "exact", "civilian", "detainees", None, False, None, "regime intelligence", None, "استشهاد ٣ معتقلين"),
   ("killed", 1, "exact", "civilian", "detainees", "o1", False, None, "regime intelligence", "جبلة", "شاب من ريف اللاذقية"),
   ("killed", 3, "exact", "civilian", "detainees", None, False, None, "regime intelligence", None, "استشهد ٣ معتقلين"),
   ("killed", 1, "exact", "civilian", "detainees", "o3", False, None, "regime intelligence", "جبلة", "أحدهم شاب من مدينة جبلة"),
   ("killed", 1, "exact", "civilian", "detainees", "o3", False, None, "regime intelligence", "الوعر", "والثاني من حي الوعر"),
   ("killed", 1, "exact", "civilian", "detainees", "o3", False, None, "regime intelligence", "الشيخ بدر", "والأخير من بلدة الشيخ بدر"),
   ("killed", 1, "exact", "civilian", "detainees", None, False, None, "regime forces", "حماة", "استشهد رجل مسن"),
   ("killed", 112, "exact", "civilian", "detainees", None, True, None, "regime forces", None, "يرتفع إلى ١١٢ عدد المعتقلين"),
   ("killed", 4, "exact", "civilian", "children", "o8", True, None, "regime forces", None, "٤ أطفال"),
   ("killed", 2, "exact", "civilian", "women", "o8", True, None, "regime forces", None, "وسيدتان"),
   ("killed", 9, "exact", "combatant", "detainees", None, True, "rebel battalions and Free Syrian Army", "regime forces", None, "استشهاد ٩ مقاتلين"),
   ("kidnapped", None, "hundreds", "unknown", None, None, False, None, "rebel battalions and ISIS", None, "مئات المختطفين")]),

 # 2013 Eastern Ghouta: the count before the verb, ليرتفع بذلك, captives, an anaphoric repeat
 ("ho8-ghouta-2013", "2013-08-03",
  "13 مواطناً استشهدوا في الغوطة الشرقية والكتائب المقاتلة تأسر عدداً من عناصر القوات النظامية في محيط داريا",
  "ريف دمشق – المرصد السوري لحقوق الإنسان:: 13 مواطناً استشهدوا اليوم، بينهم 4 أطفال و3 سيدات، جراء القصف من قبل القوات النظامية بصواريخ أرض – أرض وقذائف الهاون على مدينة دوما ومحيطها، ليرتفع بذلك إلى 41 عدد الشهداء الذين سقطوا في الغوطة الشرقية منذ صباح أمس، وسط استمرار الحصار المفروض على المنطقة منذ أكثر من 150 يوماً.\n\n"
  "كما استشهد مقاتلان من الكتائب المقاتلة ومقاتل من الجيش الحر خلال اشتباكات مع القوات النظامية على الأطراف الغربية لداريا، التي أعلنت الكتائب فيها أسر 6 عناصر من القوات النظامية بينهم ضابط برتبة نقيب، ومقتل ما لا يقل عن 9 آخرين، في حين تحدثت مصادر موالية للنظام عن مقتل وإصابة عشرات المقاتلين.\n\n"
  "وفي دمشق، استشهد مواطن وأصيب حوالي 5 آخرين بجراح جراء سقوط قذائف هاون على منطقة باب توما، فيما قتل 3 عناصر من اللجان الشعبية الموالية للنظام باستهداف حاجزهم في حي برزة.\n\n"
  "وأكد ناشطون أن الشهداء الثلاثة عشر دفنوا في مقبرة جماعية بمدينة دوما، بسبب تعذر الوصول إلى المقابر الأخرى.",
  [("killed", 13, "exact", "civilian", None, None, False, None, "regime forces", "دوما", "13 مواطناً استشهدوا في الغوطة"),
   ("captured", None, "several", "combatant", None, None, False, "regime forces", "rebel battalions", "داريا", "عدداً من عناصر القوات النظامية"),
   ("killed", 13, "exact", "civilian", None, None, False, None, "regime forces", "دوما", "13 مواطناً استشهدوا اليوم"),
   ("killed", 4, "exact", "civilian", "children", "o3", False, None, "regime forces", "دوما", "4 أطفال"),
   ("killed", 3, "exact", "civilian", "women", "o3", False, None, "regime forces", "دوما", "3 سيدات"),
   ("killed", 41, "exact", "civilian", None, None, True, None, "regime forces", "الغوطة الشرقية", "إلى 41 عدد الشهداء"),
   ("killed", 2, "exact", "combatant", None, None, False, "rebel battalions", "regime forces", "داريا", "استشهد مقاتلان"),
   ("killed", 1, "exact", "combatant", None, None, False, "Free Syrian Army", "regime forces", "داريا", "ومقاتل من الجيش الحر"),
   ("captured", 6, "exact", "combatant", None, None, False, "regime forces", "rebel battalions", "داريا", "أسر 6 عناصر"),
   ("captured", 1, "exact", "combatant", "officers", "o9", False, "regime forces", "rebel battalions", "داريا", "ضابط برتبة نقيب"),
   ("killed", 9, "at_least", "combatant", None, None, False, "regime forces", "rebel battalions", "داريا", "ما لا يقل عن 9 آخرين"),
   ("killed", None, "dozens", "combatant", None, None, False, "rebel battalions", "regime forces", "داريا", "مقتل وإصابة عشرات المقاتلين"),
   ("wounded", None, "dozens", "combatant", None, None, False, "rebel battalions", "regime forces", "داريا", "مقتل وإصابة عشرات المقاتلين"),
   ("killed", 1, "exact", "civilian", None, None, False, None, None, "باب توما", "استشهد مواطن"),
   ("wounded", 5, "about", "civilian", None, None, False, None, None, "باب توما", "حوالي 5 آخرين"),
   ("killed", 3, "exact", "combatant", None, None, False, "pro-regime popular committees", None, "برزة", "قتل 3 عناصر من اللجان الشعبية"),
   ("killed", 13, "exact", "civilian", None, None, False, None, "regime forces", "دوما", "الشهداء الثلاثة عشر")]),

 # English bulletin: a migrant boat off Tartus, number words, "a dozen", no casualties
 ("ho8-english-boat", "2022-09-24",
  "Death toll of migrant boat sinking off Tartus rises to 94, including 24 children",
  "SOHR has learned that rescue teams recovered the bodies of 17 more people from the sea off the coast of Tartus today, raising to 94 the number of people who drowned when an overcrowded boat carrying about 150 migrants sank near Arwad island on Thursday. "
  "The victims include 24 children, 11 women and at least nine Syrians from Daraa and Deir Ez-Zor, while 20 survivors, most of them Lebanese, were rescued by fishermen, and about a dozen others remain missing.\n\n"
  "In Idlib countryside, two children were killed and three other civilians were injured in regime artillery shelling on the outskirts of Kansafra in Jabal al-Zawiya, while an HTS fighter was killed by sniper fire on the Kabani axis in the Latakia mountains. "
  "Meanwhile, Turkish forces fired more than 30 artillery shells on villages in the countryside of Tal Tamr in Hasakah, injuring a woman and her son, while no casualties were reported from a drone strike near Ain Issa.",
  [("killed", 94, "exact", "civilian", None, None, True, None, None, None, "rises to 94"),
   ("killed", 24, "exact", "civilian", "children", "o1", True, None, None, None, "including 24 children"),
   ("killed", 17, "exact", "civilian", None, None, False, None, None, None, "bodies of 17 more people"),
   ("killed", 94, "exact", "civilian", None, None, True, None, None, None, "raising to 94 the number of people"),
   ("killed", 24, "exact", "civilian", "children", "o4", True, None, None, None, "The victims include 24 children"),
   ("killed", 11, "exact", "civilian", "women", "o4", True, None, None, None, "11 women"),
   ("killed", 9, "at_least", "civilian", "Syrians", "o4", True, None, None, None, "at least nine Syrians"),
   ("missing", 12, "about", "civilian", None, None, False, None, None, None, "about a dozen others remain missing"),
   ("killed", 2, "exact", "civilian", "children", None, False, None, "regime forces", None, "two children were killed"),
   ("wounded", 3, "exact", "civilian", None, None, False, None, "regime forces", None, "three other civilians were injured"),
   ("killed", 1, "exact", "combatant", None, None, False, "HTS", "sniper", None, "an HTS fighter was killed"),
   ("wounded", 1, "exact", "civilian", "women", None, False, None, "Turkish forces", None, "injuring a woman"),
   ("wounded", 1, "exact", "civilian", "children", None, False, None, "Turkish forces", None, "her son")]),

 # 2021 Turkish border guards: SOHR misspellings (موطناً, 21 مدني), people who turned back, prices
 ("ho8-jandarma", "2021-07-21",
  "الجندرمة التركية تقتل موطناً وتصيب آخرين أثناء محاولتهم عبور الحدود.. وحصيلة قتلاها منذ مطلع العام ترتفع إلى 21 مدني",
  "محافظة إدلب – المرصد السوري لحقوق الإنسان:: استشهد موطن من أبناء ريف حمص الشمالي برصاص قوات حرس الحدود التركية “الجندرمة”، أثناء محاولته العبور مع مجموعة تضم حوالي 15 شخصاً إلى الأراضي التركية قرب قرية خربة الجوز بريف جسر الشغور غربي إدلب، كما أصيب شابان اثنان وفتاة برصاص الجندرمة، فيما تمكن 12 آخرون من العودة إلى الأراضي السورية، وسط مخاوف من تزايد أعداد الضحايا مع ارتفاع أعداد الراغبين بالعبور، والتي تصل تكلفة العبور فيها عبر المهربين إلى نحو 2500 دولار للشخص الواحد.\n\n"
  "وفي ريف الحسكة، أصيب قرابة 6 أشخاص بينهم طفلان، جراء إطلاق الجندرمة التركية النار على مزارعين في أراضيهم المتاخمة للشريط الحدودي قرب مدينة الدرباسية، وذلك بعد يومين من مقتل راعٍ برصاص الجنود الأتراك في ريف القامشلي.\n\n"
  "وبذلك، ترتفع حصيلة القتلى برصاص الجندرمة منذ مطلع العام 2021 إلى 21 مدني، بينهم 4 أطفال دون سن الـ 18 وسيدة، في حين تجاوز عدد الجرحى 30 شخصاً، بينما يبلغ عدد من قتلتهم الجندرمة منذ العام 2011 نحو 490 مدنياً، من ضمنهم 86 طفلاً و45 مواطنة.",
  [("killed", 1, "exact", "civilian", None, None, False, None, "Turkish border guards", "خربة الجوز", "تقتل موطناً"),
   ("killed", 21, "exact", "civilian", None, None, True, None, "Turkish border guards", None, "ترتفع إلى 21 مدني"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "Turkish border guards", "خربة الجوز", "استشهد موطن"),
   ("wounded", 2, "exact", "civilian", "men", None, False, None, "Turkish border guards", "خربة الجوز", "أصيب شابان اثنان"),
   ("wounded", 1, "exact", "civilian", "women", None, False, None, "Turkish border guards", "خربة الجوز", "وفتاة"),
   ("wounded", 6, "about", "civilian", None, None, False, None, "Turkish border guards", "الدرباسية", "قرابة 6 أشخاص"),
   ("wounded", 2, "exact", "civilian", "children", "o6", False, None, "Turkish border guards", "الدرباسية", "بينهم طفلان"),
   ("killed", 1, "exact", "civilian", "shepherds", None, False, None, "Turkish border guards", "ريف القامشلي", "مقتل راعٍ"),
   ("killed", 21, "exact", "civilian", None, None, True, None, "Turkish border guards", None, "إلى 21 مدني، بينهم"),
   ("killed", 4, "exact", "civilian", "children", "o9", True, None, "Turkish border guards", None, "4 أطفال دون سن الـ 18"),
   ("killed", 1, "exact", "civilian", "women", "o9", True, None, "Turkish border guards", None, "وسيدة، في حين"),
   ("wounded", 30, "more_than", "civilian", None, None, True, None, "Turkish border guards", None, "تجاوز عدد الجرحى 30 شخصاً"),
   ("killed", 490, "about", "civilian", None, None, True, None, "Turkish border guards", None, "نحو 490 مدنياً"),
   ("killed", 86, "exact", "civilian", "children", "o13", True, None, "Turkish border guards", None, "86 طفلاً"),
   ("killed", 45, "exact", "civilian", "women", "o13", True, None, "Turkish border guards", None, "45 مواطنة")]),
]


if __name__ == "__main__":
    write_batch(Path(__file__).parent, SPEC)
