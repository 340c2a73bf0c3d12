# ruff: noqa: E501  (the bulletins and their gold rows are data, one per line)
"""Writes the held-out bulletins (bulletins.jsonl) and their gold (gold/*.json) from SPEC."""
import json
from pathlib import Path

HERE = Path(__file__).parent
K = ("type", "n", "qualifier", "status", "group", "part_of", "cumulative",
     "victim_affiliation", "perpetrator", "place_ar", "evidence")

SPEC = [
 ("ho-idlib", "2019-05-20",
  "استشهاد 11 مواطناً بينهم 4 أطفال بغارات روسية على ريف إدلب الجنوبي",
  "محافظة إدلب – المرصد السوري لحقوق الإنسان:: وثق المرصد السوري لحقوق الإنسان استشهاد 11 مواطناً بينهم 4 أطفال ومواطنتان، جراء غارات نفذتها الطائرات الحربية الروسية على مناطق في بلدة كفرنبل بريف إدلب الجنوبي، كما أصيب ما لا يقل عن 20 آخرين بجراح متفاوتة الخطورة.\n\n"
  "وفي سياق متصل، استشهد رجل جراء قصف صاروخي من قبل قوات النظام على أطراف مدينة معرة النعمان، فيما قتل 6 عناصر من هيئة تحرير الشام بينهم قيادي محلي، خلال اشتباكات مع قوات النظام على محاور في محيط قرية الخوين، في حين قتل 9 على الأقل من قوات النظام والمسلحين الموالين لها.\n\n"
  "ونفذت الطائرات الحربية أكثر من 40 غارة على المنطقة منذ صباح اليوم. وبذلك يرتفع إلى 63 عدد الشهداء المدنيين الذين وثقهم المرصد السوري في محافظة إدلب منذ بدء التصعيد، بينهم 17 طفلاً و12 مواطنة.",
  [("killed", 11, "exact", "civilian", None, None, False, None, "Russian air force", "كفرنبل", "استشهاد 11 مواطناً"),
   ("killed", 4, "exact", "civilian", "children", "o1", False, None, "Russian air force", "كفرنبل", "4 أطفال"),
   ("killed", 11, "exact", "civilian", None, None, False, None, "Russian air force", "كفرنبل", "استشهاد 11 مواطناً بينهم"),
   ("killed", 4, "exact", "civilian", "children", "o3", False, None, "Russian air force", "كفرنبل", "بينهم 4 أطفال ومواطنتان"),
   ("killed", 2, "exact", "civilian", "women", "o3", False, None, "Russian air force", "كفرنبل", "ومواطنتان"),
   ("wounded", 20, "at_least", "civilian", None, None, False, None, "Russian air force", "كفرنبل", "ما لا يقل عن 20 آخرين"),
   ("killed", 1, "exact", "civilian", "men", None, False, None, "regime forces", "معرة النعمان", "استشهد رجل"),
   ("killed", 6, "exact", "combatant", None, None, False, "HTS", None, "الخوين", "قتل 6 عناصر من هيئة تحرير الشام"),
   ("killed", 1, "exact", "combatant", "commanders", "o8", False, "HTS", None, "الخوين", "قيادي محلي"),
   ("killed", 9, "at_least", "combatant", None, None, False, "regime forces", None, None, "9 على الأقل من قوات النظام"),
   ("killed", 63, "exact", "civilian", None, None, True, None, None, "محافظة إدلب", "يرتفع إلى 63 عدد الشهداء"),
   ("killed", 17, "exact", "civilian", "children", "o11", True, None, None, None, "17 طفلاً"),
   ("killed", 12, "exact", "civilian", "women", "o11", True, None, None, None, "12 مواطنة")]),
 ("ho-deir", "2018-11-02",
  "مقتل 14 عنصراً من قسد وتنظيم “الدولة الإسلامية” في اشتباكات بريف دير الزور الشرقي",
  "محافظة دير الزور – المرصد السوري لحقوق الإنسان:: تتواصل الاشتباكات العنيفة بين قوات سوريا الديمقراطية المدعمة بطائرات التحالف الدولي من جهة، وعناصر تنظيم “الدولة الإسلامية” من جهة أخرى، في محيط بلدة هجين بريف دير الزور الشرقي، وسط استقدام قسد لتعزيزات عسكرية تضم نحو 500 مقاتل.\n\n"
  "ووثق المرصد السوري مقتل 14 عنصراً على الأقل من الطرفين، هم 8 من قوات سوريا الديمقراطية، و6 من عناصر التنظيم، كما أصيب عدد من المقاتلين بجراح.\n\n"
  "في حين استشهد 5 مواطنين بينهم طفلان جراء ضربات جوية نفذتها طائرات التحالف الدولي على منازل في بلدة الشعفة، ولا يزال 3 آخرون في عداد المفقودين تحت الأنقاض. كذلك اختطف مسلحون مجهولون شابين من أبناء مدينة الميادين، واقتادوهما إلى جهة مجهولة.",
  [("killed", 14, "exact", "combatant", None, None, False, None, None, "هجين", "مقتل 14 عنصراً"),
   ("killed", 14, "at_least", "combatant", None, None, False, None, None, "هجين", "مقتل 14 عنصراً على الأقل"),
   ("killed", 8, "exact", "combatant", None, "o2", False, "SDF", None, "هجين", "8 من قوات سوريا الديمقراطية"),
   ("killed", 6, "exact", "combatant", None, "o2", False, "IS", None, "هجين", "و6 من عناصر التنظيم"),
   ("wounded", None, "several", "combatant", None, None, False, None, None, None, "عدد من المقاتلين"),
   ("killed", 5, "exact", "civilian", None, None, False, None, "international coalition", "الشعفة", "استشهد 5 مواطنين"),
   ("killed", 2, "exact", "civilian", "children", "o6", False, None, "international coalition", "الشعفة", "طفلان"),
   ("missing", 3, "exact", "civilian", None, None, False, None, None, "الشعفة", "3 آخرون"),
   ("kidnapped", 2, "exact", "civilian", None, None, False, None, "armed cells", "الميادين", "شابين")]),
 ("ho-daraa", "2018-06-12",
  "استشهاد 3 مواطنين وإصابة آخرين في قصف لقوات النظام على ريف درعا",
  "محافظة درعا – المرصد السوري لحقوق الإنسان:: استشهد 3 مواطنين هم رجل وزوجته وطفلهما، جراء قصف من قبل قوات النظام بقذائف الهاون على مناطق في بلدة طفس بريف درعا الغربي، فيما أصيب 7 آخرون على الأقل بجراح، بينهم 3 أطفال.\n\n"
  "كما قضى عنصر من الفصائل المقاتلة متأثراً بجراح أصيب بها في اشتباكات مع قوات النظام في ريف درعا الشرقي، بينما قتل مواطن برصاص مسلحين مجهولين في مدينة درعا.\n\n"
  "وبذلك ارتفع إلى 27 عدد الشهداء المدنيين الذين قضوا في محافظة درعا منذ مطلع الشهر الجاري، في حين بلغ عدد عناصر قوات النظام الذين قتلوا خلال الفترة ذاتها 19 عنصراً.",
  [("killed", 3, "exact", "civilian", None, None, False, None, "regime forces", "طفس", "استشهاد 3 مواطنين"),
   ("killed", 3, "exact", "civilian", None, None, False, None, "regime forces", "طفس", "استشهد 3 مواطنين"),
   ("killed", 1, "exact", "civilian", "men", "o2", False, None, "regime forces", "طفس", "رجل"),
   ("killed", 1, "exact", "civilian", "women", "o2", False, None, "regime forces", "طفس", "وزوجته"),
   ("killed", 1, "exact", "civilian", "children", "o2", False, None, "regime forces", "طفس", "وطفلهما"),
   ("wounded", 7, "at_least", "civilian", None, None, False, None, "regime forces", "طفس", "7 آخرون على الأقل"),
   ("wounded", 3, "exact", "civilian", "children", "o6", False, None, "regime forces", "طفس", "3 أطفال"),
   ("killed", 1, "exact", "combatant", None, None, False, "rebel factions", None, None, "عنصر من الفصائل المقاتلة"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "armed cells", "درعا", "قتل مواطن"),
   ("killed", 27, "exact", "civilian", None, None, True, None, None, "محافظة درعا", "ارتفع إلى 27 عدد الشهداء"),
   ("killed", 19, "exact", "combatant", None, None, True, "regime forces", None, None, "19 عنصراً")]),
 ("ho-afrin", "2018-02-10",
  "مقتل 4 عناصر من الوحدات الكردية واستشهاد 6 مدنيين بقصف تركي على ريف حلب الشمالي الغربي",
  "محافظة حلب – المرصد السوري لحقوق الإنسان:: رصد المرصد السوري لحقوق الإنسان قصفاً جوياً ومدفعياً من قبل القوات التركية على قرى في ناحية جنديرس بمنطقة عفرين، ما أسفر عن استشهاد 6 مدنيين بينهم امرأة وابنها، وإصابة أكثر من 10 آخرين بجراح متفاوتة.\n\n"
  "كما قتل 4 عناصر من وحدات حماية الشعب الكردي جراء استهداف الطائرات التركية لموقعهم قرب قرية ميدانكي، في حين قضى 3 مقاتلين من الفصائل الموالية لتركيا خلال الاشتباكات ذاتها.\n\n"
  "ويرتفع بذلك إلى 112 على الأقل عدد المدنيين الذين استشهدوا منذ انطلاقة العملية العسكرية التركية، من ضمنهم 21 طفلاً، فيما يرتفع إلى 160 عدد قتلى الوحدات الكردية منذ بدء العملية.",
  [("killed", 4, "exact", "combatant", None, None, False, "YPG", "Turkish air force", "ميدانكي", "مقتل 4 عناصر من الوحدات الكردية"),
   ("killed", 6, "exact", "civilian", None, None, False, None, "Turkish forces", "جنديرس", "استشهاد 6 مدنيين"),
   ("killed", 6, "exact", "civilian", None, None, False, None, "Turkish forces", "جنديرس", "استشهاد 6 مدنيين بينهم"),
   ("killed", 1, "exact", "civilian", "women", "o3", False, None, "Turkish forces", "جنديرس", "امرأة"),
   ("killed", 1, "exact", "civilian", None, "o3", False, None, "Turkish forces", "جنديرس", "وابنها"),
   ("wounded", 10, "more_than", "civilian", None, None, False, None, "Turkish forces", "جنديرس", "أكثر من 10 آخرين"),
   ("killed", 4, "exact", "combatant", None, None, False, "YPG", "Turkish air force", "ميدانكي", "قتل 4 عناصر من وحدات حماية الشعب الكردي"),
   ("killed", 3, "exact", "combatant", None, None, False, None, None, None, "3 مقاتلين"),
   ("killed", 112, "at_least", "civilian", None, None, True, None, None, None, "112 على الأقل"),
   ("killed", 21, "exact", "civilian", "children", "o9", True, None, None, None, "21 طفلاً"),
   ("killed", 160, "exact", "combatant", None, None, True, "YPG", None, None, "يرتفع إلى 160 عدد قتلى")]),
 ("ho-hama", "2019-04-03",
  "خمسة شهداء بينهم طفلان في قصف على ريف حماة الشمالي ومقتل عنصرين من قوات النظام في ريف حمص",
  "محافظة حماة – المرصد السوري لحقوق الإنسان:: استشهد خمسة مواطنين بينهم طفلان اثنان ومواطنة، جراء قصف صاروخي نفذته قوات النظام على مدينة اللطامنة بريف حماة الشمالي، كما أصيب نحو 15 مواطناً بجراح، وسط مخاوف من ارتفاع عدد الشهداء بسبب وجود إصابات بليغة بين الجرحى.\n\n"
  "وفي ريف حمص الشمالي، قتل عنصران من قوات النظام جراء استهداف آليتهم بصاروخ موجه من قبل الفصائل في محيط مدينة تلبيسة، وسقط عدد من الجرحى في صفوفهم.\n\n"
  "كما ألقى الطيران المروحي 12 برميلاً متفجراً على مناطق في بلدة كفرزيتا، دون أنباء عن خسائر بشرية.",
  [("killed", 5, "exact", "civilian", None, None, False, None, "regime forces", "اللطامنة", "خمسة شهداء"),
   ("killed", 2, "exact", "civilian", "children", "o1", False, None, "regime forces", "اللطامنة", "بينهم طفلان"),
   ("killed", 2, "exact", "combatant", None, None, False, "regime forces", None, "تلبيسة", "مقتل عنصرين من قوات النظام"),
   ("killed", 5, "exact", "civilian", None, None, False, None, "regime forces", "اللطامنة", "استشهد خمسة مواطنين"),
   ("killed", 2, "exact", "civilian", "children", "o4", False, None, "regime forces", "اللطامنة", "طفلان اثنان"),
   ("killed", 1, "exact", "civilian", "women", "o4", False, None, "regime forces", "اللطامنة", "ومواطنة"),
   ("wounded", 15, "about", "civilian", None, None, False, None, "regime forces", "اللطامنة", "نحو 15 مواطناً"),
   ("killed", 2, "exact", "combatant", None, None, False, "regime forces", None, "تلبيسة", "قتل عنصران من قوات النظام"),
   ("wounded", None, "several", "combatant", None, None, False, "regime forces", None, None, "عدد من الجرحى")]),
 ("ho-raqqa", "2019-02-15",
  "مقتل 7 مواطنين بانفجار لغم في ريف الرقة وتنظيم “الدولة الإسلامية” يعدم 3 أشخاص في ريف الحسكة",
  "محافظة الرقة – المرصد السوري لحقوق الإنسان:: قضى 7 مواطنين بينهم 3 أطفال من عائلة واحدة، جراء انفجار لغم من مخلفات تنظيم “الدولة الإسلامية” بسيارة كانت تقلهم في قرية الكالطة بريف الرقة الشمالي، فيما أصيب شخصان آخران بجراح خطرة.\n\n"
  "وفي ريف الحسكة الجنوبي، أعدم تنظيم “الدولة الإسلامية” 3 أشخاص بتهمة التعامل مع قوات سوريا الديمقراطية، بالقرب من بلدة الشدادي، كما لا يزال مصير 4 آخرين ممن اختطفهم التنظيم مجهولاً.\n\n"
  "من جهة أخرى، قتل 12 عنصراً من قوات سوريا الديمقراطية وأصيب 20 آخرون، في هجمات نفذتها خلايا التنظيم على نقاط لهم في ريف دير الزور الشمالي وريف الحسكة الجنوبي خلال الأسبوع الفائت.",
  [("killed", 7, "exact", "civilian", None, None, False, None, None, "الكالطة", "مقتل 7 مواطنين"),
   ("killed", 3, "exact", "civilian", None, None, False, None, "IS", "الشدادي", "3 أشخاص"),
   ("killed", 7, "exact", "civilian", None, None, False, None, None, "الكالطة", "قضى 7 مواطنين"),
   ("killed", 3, "exact", "civilian", "children", "o3", False, None, None, "الكالطة", "3 أطفال"),
   ("wounded", 2, "exact", "civilian", None, None, False, None, None, "الكالطة", "شخصان آخران"),
   ("killed", 3, "exact", "civilian", None, None, False, None, "IS", "الشدادي", "أعدم تنظيم “الدولة الإسلامية” 3 أشخاص"),
   ("kidnapped", 4, "exact", "civilian", None, None, False, None, "IS", None, "4 آخرين"),
   ("killed", 12, "exact", "combatant", None, None, False, "SDF", "IS", None, "قتل 12 عنصراً"),
   ("wounded", 20, "exact", "combatant", None, None, False, "SDF", "IS", None, "20 آخرون")]),
]

# second batch: written after the first batch had been tuned on, scored once before any change
SPEC += [
 ("ho2-homs", "2016-10-08",
  "استشهاد 9 مواطنين بينهم 3 أطفال في قصف جوي على ريف حمص الشمالي",
  "محافظة حمص – المرصد السوري لحقوق الإنسان:: ارتفع إلى 9 عدد الشهداء الذين قضوا جراء غارات نفذتها طائرات حربية يعتقد أنها روسية على مدينة الرستن بريف حمص الشمالي، بينهم 3 أطفال ومواطنة، فيما أصيب ما لا يقل عن 25 شخصاً بجراح، بعضهم جراحهم بليغة.\n\n"
  "وفي ريف حمص الشرقي، قتل 11 عنصراً على الأقل من قوات النظام والمسلحين الموالين لها، بينهم ضابطان، في هجوم لتنظيم “الدولة الإسلامية” على نقاط لهم في محيط مدينة تدمر، كما قتل 7 من عناصر التنظيم في الاشتباكات ذاتها.\n\n"
  "كذلك استشهد شاب برصاص قناص في حي الوعر بمدينة حمص.",
  [("killed", 9, "exact", "civilian", None, None, False, None, None, "الرستن", "استشهاد 9 مواطنين"),
   ("killed", 3, "exact", "civilian", "children", "o1", False, None, None, "الرستن", "3 أطفال في"),
   ("killed", 9, "exact", "civilian", None, None, True, None, None, "الرستن", "ارتفع إلى 9 عدد الشهداء"),
   ("killed", 3, "exact", "civilian", "children", "o3", True, None, None, "الرستن", "بينهم 3 أطفال ومواطنة"),
   ("killed", 1, "exact", "civilian", "women", "o3", True, None, None, "الرستن", "ومواطنة"),
   ("wounded", 25, "at_least", "civilian", None, None, False, None, None, "الرستن", "ما لا يقل عن 25 شخصاً"),
   ("killed", 11, "at_least", "combatant", None, None, False, "regime forces", "IS", "تدمر", "قتل 11 عنصراً على الأقل"),
   ("killed", 2, "exact", "combatant", "officers", "o7", False, "regime forces", "IS", "تدمر", "ضابطان"),
   ("killed", 7, "exact", "combatant", None, None, False, "IS", None, "تدمر", "7 من عناصر التنظيم"),
   ("killed", 1, "exact", "civilian", None, None, False, None, None, "الوعر", "استشهد شاب")]),
 ("ho2-hasakah", "2019-09-14",
  "مقتل 6 عناصر من قسد في هجوم لخلايا التنظيم بريف الحسكة",
  "محافظة الحسكة – المرصد السوري لحقوق الإنسان:: قتل 6 عناصر من قوات سوريا الديمقراطية، وأصيب 4 آخرون بجراح، جراء هجوم نفذته خلايا تابعة لتنظيم “الدولة الإسلامية” على حاجز لهم قرب بلدة الهول بريف الحسكة الشرقي، في حين قتل مهاجمان اثنان خلال الاشتباكات.\n\n"
  "وفي مدينة القامشلي، استشهدت سيدة وطفلتها جراء انفجار عبوة ناسفة في سوق شعبي، وأصيب 9 مدنيين آخرين بينهم طفلان، ولم تتبن أي جهة التفجير حتى اللحظة.\n\n"
  "وبذلك يرتفع إلى 43 عدد عناصر قوات سوريا الديمقراطية الذين قتلوا على يد خلايا التنظيم منذ مطلع العام الجاري.",
  [("killed", 6, "exact", "combatant", None, None, False, "SDF", "IS", None, "مقتل 6 عناصر من قسد"),
   ("killed", 6, "exact", "combatant", None, None, False, "SDF", "IS", None, "قتل 6 عناصر من قوات سوريا الديمقراطية"),
   ("wounded", 4, "exact", "combatant", None, None, False, "SDF", "IS", None, "4 آخرون"),
   ("killed", 2, "exact", "combatant", None, None, False, "IS", None, None, "مهاجمان اثنان"),
   ("killed", 1, "exact", "civilian", "women", None, False, None, None, "القامشلي", "سيدة"),
   ("killed", 1, "exact", "civilian", "children", None, False, None, None, "القامشلي", "وطفلتها"),
   ("wounded", 9, "exact", "civilian", None, None, False, None, None, "القامشلي", "9 مدنيين"),
   ("wounded", 2, "exact", "civilian", "children", "o7", False, None, None, "القامشلي", "طفلان"),
   ("killed", 43, "exact", "combatant", None, None, True, "SDF", "IS", None, "يرتفع إلى 43")]),
 ("ho2-aleppo", "2016-09-25",
  "عشرات الشهداء والجرحى في قصف مكثف على أحياء حلب الشرقية",
  "محافظة حلب – المرصد السوري لحقوق الإنسان:: وثق المرصد السوري لحقوق الإنسان استشهاد 27 مواطناً على الأقل، بينهم 8 أطفال و5 مواطنات، جراء قصف جوي ومدفعي مكثف على أحياء الشعار والسكري وصلاح الدين في القسم الشرقي من مدينة حلب، كما أصيب العشرات بجراح متفاوتة، ولا يزال عدد من المواطنين تحت الأنقاض.\n\n"
  "في المقابل، استشهد 4 مواطنين جراء سقوط قذائف أطلقتها الفصائل على حي الحمدانية في القسم الغربي من المدينة.\n\n"
  "وفي ريف حلب الجنوبي، دارت اشتباكات عنيفة بين الفصائل من جهة، وقوات النظام والمسلحين الموالين لها من جهة أخرى، ما أسفر عن مقتل 13 مقاتلاً من الفصائل بينهم قائد ميداني، ومقتل 9 عناصر على الأقل من قوات النظام.",
  [("killed", None, "dozens", "civilian", None, None, False, None, None, None, "عشرات الشهداء"),
   ("wounded", None, "dozens", "civilian", None, None, False, None, None, None, "عشرات الشهداء والجرحى"),
   ("killed", 27, "at_least", "civilian", None, None, False, None, None, "حلب", "استشهاد 27 مواطناً على الأقل"),
   ("killed", 8, "exact", "civilian", "children", "o3", False, None, None, "حلب", "8 أطفال"),
   ("killed", 5, "exact", "civilian", "women", "o3", False, None, None, "حلب", "و5 مواطنات"),
   ("wounded", None, "dozens", "civilian", None, None, False, None, None, "حلب", "أصيب العشرات"),
   ("missing", None, "several", "civilian", None, None, False, None, None, "حلب", "عدد من المواطنين"),
   ("killed", 4, "exact", "civilian", None, None, False, None, "rebel factions", "الحمدانية", "استشهد 4 مواطنين"),
   ("killed", 13, "exact", "combatant", None, None, False, "rebel factions", None, "ريف حلب الجنوبي", "مقتل 13 مقاتلاً"),
   ("killed", 1, "exact", "combatant", "commanders", "o9", False, "rebel factions", None, "ريف حلب الجنوبي", "قائد ميداني"),
   ("killed", 9, "at_least", "combatant", None, None, False, "regime forces", None, "ريف حلب الجنوبي", "9 عناصر على الأقل")]),
]

# third batch: written by helper H1 before any rule was changed for it, scored once untouched
SPEC += [
 ("ho3-daraa", "2018-07-05",
  "استشهاد 12 مدنياً بينهم 5 أطفال في غارات على ريف درعا الشرقي ونزوح الآلاف",
  "محافظة درعا – المرصد السوري لحقوق الإنسان:: تواصل الطائرات الحربية الروسية وطائرات النظام استهدافها لبلدات وقرى ريف درعا الشرقي، حيث نفذت منذ فجر اليوم أكثر من 60 غارة على مناطق في بلدتي صيدا والنعيمة، ووثق المرصد السوري استشهاد 12 مدنياً، هم 5 أطفال و3 مواطنات و4 رجال، جراء الغارات على بلدة صيدا، كما أصيب نحو 30 آخرين بجراح متفاوتة الخطورة.\n\n"
  "وفي الريف الغربي، قتل قيادي في فصيل محلي وعنصران آخران جراء انفجار عبوة ناسفة بسيارتهم في بلدة المزيريب، فيما اختطف مسلحون مجهولون ثلاثة مواطنين من أبناء مدينة إزرع على الطريق الدولي دمشق – عمان.\n\n"
  "ومع سقوط مزيد من الشهداء، يرتفع إلى 96 عدد المدنيين الذين استشهدوا منذ بدء الحملة العسكرية على محافظة درعا في التاسع عشر من الشهر الفائت، بينهم 21 طفلاً و14 مواطنة، في حين تجاوز عدد النازحين 150 ألف مدني.",
  [("killed", 12, "exact", "civilian", None, None, False, None, "Russian air force", "صيدا", "استشهاد 12 مدنياً بينهم"),
   ("killed", 5, "exact", "civilian", "children", "o1", False, None, "Russian air force", "صيدا", "بينهم 5 أطفال في"),
   ("killed", 12, "exact", "civilian", None, None, False, None, "Russian air force", "صيدا", "استشهاد 12 مدنياً، هم"),
   ("killed", 5, "exact", "civilian", "children", "o3", False, None, "Russian air force", "صيدا", "هم 5 أطفال"),
   ("killed", 3, "exact", "civilian", "women", "o3", False, None, "Russian air force", "صيدا", "و3 مواطنات"),
   ("killed", 4, "exact", "civilian", "men", "o3", False, None, "Russian air force", "صيدا", "و4 رجال"),
   ("wounded", 30, "about", "civilian", None, None, False, None, "Russian air force", "صيدا", "نحو 30 آخرين"),
   ("killed", 1, "exact", "combatant", "commanders", None, False, "rebel factions", None, "المزيريب", "قتل قيادي"),
   ("killed", 2, "exact", "combatant", None, None, False, "rebel factions", None, "المزيريب", "وعنصران آخران"),
   ("kidnapped", 3, "exact", "civilian", None, None, False, None, "armed cells", "إزرع", "ثلاثة مواطنين"),
   ("killed", 96, "exact", "civilian", None, None, True, None, None, "محافظة درعا", "يرتفع إلى 96 عدد المدنيين"),
   ("killed", 21, "exact", "civilian", "children", "o11", True, None, None, "محافظة درعا", "21 طفلاً"),
   ("killed", 14, "exact", "civilian", "women", "o11", True, None, None, "محافظة درعا", "14 مواطنة")]),
 ("ho3-deir", "2017-09-20",
  "مقتل 23 عنصراً من قوات النظام وتنظيم “الدولة الإسلامية” في معارك بأطراف مدينة دير الزور",
  "محافظة دير الزور – المرصد السوري لحقوق الإنسان:: تستمر المعارك العنيفة بين قوات النظام والمسلحين الموالين لها بدعم من الطائرات الحربية الروسية من جهة، وعناصر تنظيم “الدولة الإسلامية” من جهة أخرى، على محاور في محيط حي الحويقة بأطراف مدينة دير الزور، بعد أن دفعت قوات النظام بأكثر من ألفي مقاتل من قوات النمر إلى المنطقة.\n\n"
  "وأسفرت المعارك منذ ليل أمس عن مقتل 23 عنصراً على الأقل من الطرفين، هم 14 من قوات النظام بينهم ضابطان برتبة ملازم، و9 من عناصر التنظيم بينهم قائد مجموعة من جنسية عربية.\n\n"
  "في حين استشهدت سبع مواطنات وطفلان جراء قصف جوي روسي استهدف عبارة نهرية كانت تقلهم على نهر الفرات قرب بلدة البوليل، وفقد 4 آخرون يرجح أنهم غرقوا.\n\n"
  "وبذلك يرتفع إلى 417 عدد عناصر قوات النظام والمسلحين الموالين لها ممن قتلوا منذ بدء الهجوم على مدينة دير الزور ومحيطها في آب / أغسطس الفائت، فيما يرتفع إلى 588 على الأقل عدد قتلى التنظيم خلال الفترة ذاتها.",
  [("killed", 23, "exact", "combatant", None, None, False, None, None, "الحويقة", "مقتل 23 عنصراً من قوات النظام"),
   ("killed", 23, "at_least", "combatant", None, None, False, None, None, "الحويقة", "مقتل 23 عنصراً على الأقل"),
   ("killed", 14, "exact", "combatant", None, "o2", False, "regime forces", "IS", "الحويقة", "14 من قوات النظام"),
   ("killed", 2, "exact", "combatant", "officers", "o3", False, "regime forces", "IS", "الحويقة", "ضابطان"),
   ("killed", 9, "exact", "combatant", None, "o2", False, "IS", "regime forces", "الحويقة", "و9 من عناصر التنظيم"),
   ("killed", 1, "exact", "combatant", "commanders", "o5", False, "IS", "regime forces", "الحويقة", "قائد مجموعة"),
   ("killed", 7, "exact", "civilian", "women", None, False, None, "Russian air force", "البوليل", "سبع مواطنات"),
   ("killed", 2, "exact", "civilian", "children", None, False, None, "Russian air force", "البوليل", "وطفلان"),
   ("missing", 4, "exact", "civilian", None, None, False, None, None, "البوليل", "4 آخرون"),
   ("killed", 417, "exact", "combatant", None, None, True, "regime forces", None, None, "يرتفع إلى 417"),
   ("killed", 588, "at_least", "combatant", None, None, True, "IS", None, None, "588 على الأقل")]),
 ("ho3-hasakah", "2019-10-12",
  "استشهاد 9 مدنيين بينهم طفلان في قصف تركي على مدينة رأس العين ومحيطها",
  "محافظة الحسكة – المرصد السوري لحقوق الإنسان:: تتواصل العملية العسكرية التي تنفذها القوات التركية والفصائل الموالية لها في منطقة شرق الفرات لليوم الرابع على التوالي، حيث رصد المرصد السوري قصفاً مدفعياً وجوياً مكثفاً على مدينة رأس العين وقرى في ريفها، ما أسفر عن استشهاد 9 مدنيين بينهم طفلان اثنان وسيدة، وإصابة العشرات بجراح.\n\n"
  "كما قتل 11 مقاتلاً من قوات سوريا الديمقراطية خلال تصديهم لمحاولات تقدم الفصائل على محور قرية تل حلف غرب المدينة، بينما قضى ثمانية عشر عنصراً من الفصائل الموالية لتركيا في الاشتباكات ذاتها، بينهم قياديان اثنان.\n\n"
  "وفي سياق متصل، أقدم عناصر من الفصائل على إعدام سياسية كردية وسائقها ميدانياً بعد اختطافهما على الطريق الدولي M4 جنوب مدينة تل أبيض، فيما لا يزال 5 مواطنين في عداد المفقودين بعد أن انقطع الاتصال بهم في قرية تل حلف.\n\n"
  "وبذلك يرتفع إلى 38 عدد المدنيين الذين استشهدوا منذ بدء العملية العسكرية التركية، بينهم 7 أطفال، كما ارتفع إلى 75 عدد مقاتلي قسد الذين قتلوا، في حين تجاوز عدد النازحين 100 ألف شخص.",
  [("killed", 9, "exact", "civilian", None, None, False, None, "Turkish forces", "رأس العين", "استشهاد 9 مدنيين بينهم طفلان في"),
   ("killed", 2, "exact", "civilian", "children", "o1", False, None, "Turkish forces", "رأس العين", "بينهم طفلان في"),
   ("killed", 9, "exact", "civilian", None, None, False, None, "Turkish forces", "رأس العين", "استشهاد 9 مدنيين بينهم طفلان اثنان"),
   ("killed", 2, "exact", "civilian", "children", "o3", False, None, "Turkish forces", "رأس العين", "طفلان اثنان"),
   ("killed", 1, "exact", "civilian", "women", "o3", False, None, "Turkish forces", "رأس العين", "وسيدة"),
   ("wounded", None, "dozens", "civilian", None, None, False, None, "Turkish forces", "رأس العين", "العشرات"),
   ("killed", 11, "exact", "combatant", None, None, False, "SDF", "Turkey-backed factions", "تل حلف", "قتل 11 مقاتلاً"),
   ("killed", 18, "exact", "combatant", None, None, False, "Turkey-backed factions", None, "تل حلف", "ثمانية عشر عنصراً"),
   ("killed", 2, "exact", "combatant", "commanders", "o8", False, "Turkey-backed factions", None, "تل حلف", "قياديان اثنان"),
   ("killed", 1, "exact", "civilian", "women", None, False, None, "Turkey-backed factions", None, "سياسية كردية"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "Turkey-backed factions", None, "وسائقها"),
   ("missing", 5, "exact", "civilian", None, None, False, None, None, "تل حلف", "5 مواطنين"),
   ("killed", 38, "exact", "civilian", None, None, True, None, None, None, "يرتفع إلى 38"),
   ("killed", 7, "exact", "civilian", "children", "o13", True, None, None, None, "7 أطفال"),
   ("killed", 75, "exact", "combatant", None, None, True, "SDF", None, None, "ارتفع إلى 75")]),
 ("ho3-aleppo", "2020-02-08",
  "خمسة عشر شهيداً في قصف جوي على ريف حلب الغربي وقوات النظام تتقدم نحو الأتارب",
  "محافظة حلب – المرصد السوري لحقوق الإنسان:: صعدت الطائرات الحربية الروسية وطائرات النظام من غاراتها على ريف حلب الغربي، حيث استهدفت بأكثر من 45 غارة مناطق في مدينة الأتارب وبلدتي كفرناها وأورم الكبرى، ووثق المرصد السوري استشهاد خمسة عشر مواطناً، هم 6 في الأتارب بينهم 3 أطفال، و5 في كفرناها، و4 في أورم الكبرى بينهم مواطنة.\n\n"
  "وعلى صعيد متصل، قتل ضابط وعنصر من قوات النظام جراء استهداف الفصائل لآليتهم على محور خان العسل، كما قتل 7 مقاتلين من هيئة تحرير الشام والفصائل، بينهم قائد كتيبة، خلال التصدي لهجوم قوات النظام على المحور ذاته، وسط معلومات عن أسر عنصرين من قوات النظام.\n\n"
  "ومع هؤلاء الشهداء يرتفع إلى 211 عدد المدنيين الذين استشهدوا في محافظتي حلب وإدلب منذ منتصف كانون الثاني / يناير الفائت، بينهم 54 طفلاً و39 مواطنة.",
  [("killed", 15, "exact", "civilian", None, None, False, None, "Russian air force", None, "خمسة عشر شهيداً"),
   ("killed", 15, "exact", "civilian", None, None, False, None, "Russian air force", None, "استشهاد خمسة عشر مواطناً"),
   ("killed", 6, "exact", "civilian", None, "o2", False, None, "Russian air force", "الأتارب", "هم 6 في الأتارب"),
   ("killed", 3, "exact", "civilian", "children", "o3", False, None, "Russian air force", "الأتارب", "3 أطفال"),
   ("killed", 5, "exact", "civilian", None, "o2", False, None, "Russian air force", "كفرناها", "و5 في كفرناها"),
   ("killed", 4, "exact", "civilian", None, "o2", False, None, "Russian air force", "أورم الكبرى", "و4 في أورم الكبرى"),
   ("killed", 1, "exact", "civilian", "women", "o6", False, None, "Russian air force", "أورم الكبرى", "بينهم مواطنة"),
   ("killed", 1, "exact", "combatant", "officers", None, False, "regime forces", "rebel factions", "خان العسل", "قتل ضابط"),
   ("killed", 1, "exact", "combatant", None, None, False, "regime forces", "rebel factions", "خان العسل", "وعنصر من قوات النظام"),
   ("killed", 7, "exact", "combatant", None, None, False, "HTS", "regime forces", "خان العسل", "قتل 7 مقاتلين"),
   ("killed", 1, "exact", "combatant", "commanders", "o10", False, "HTS", "regime forces", "خان العسل", "قائد كتيبة"),
   ("captured", 2, "exact", "combatant", None, None, False, "regime forces", None, "خان العسل", "أسر عنصرين"),
   ("killed", 211, "exact", "civilian", None, None, True, None, None, None, "يرتفع إلى 211"),
   ("killed", 54, "exact", "civilian", "children", "o13", True, None, None, None, "54 طفلاً"),
   ("killed", 39, "exact", "civilian", "women", "o13", True, None, None, None, "39 مواطنة")]),
 ("ho3-hama", "2019-05-28",
  "مقتل 31 مقاتلاً على الأقل في هجوم معاكس للفصائل بريف حماة الشمالي الغربي",
  "محافظة حماة – المرصد السوري لحقوق الإنسان:: شنت هيئة تحرير الشام والفصائل الإسلامية هجوماً معاكساً عنيفاً على مواقع قوات النظام في بلدة كفرنبودة بريف حماة الشمالي الغربي، بمشاركة نحو 400 مقاتل وعربات مفخخة، وتمكنت من التقدم والسيطرة على عدة نقاط في محيط البلدة.\n\n"
  "وتسببت المعارك العنيفة في مقتل 31 مقاتلاً على الأقل، هم 17 من قوات النظام والمسلحين الموالين لها، بينهم 3 ضباط، و14 من الفصائل، بينهم 4 من الجنسية التركستانية وقيادي ميداني، فيما أصيب العشرات من الطرفين بجراح.\n\n"
  "في الوقت ذاته، استشهد طفل ووالدته، جراء قصف صاروخي من قبل قوات النظام على قرية الهبيط، كما قضت مواطنة متأثرة بجراح أصيبت بها قبل أيام في قصف على مدينة قلعة المضيق.\n\n"
  "ونفذت طائرات النظام الحربية والمروحية منذ صباح اليوم ما لا يقل عن 70 غارة وألقت 35 برميلاً متفجراً على ريفي حماة وإدلب.\n\n"
  "ومع سقوط المزيد من الخسائر البشرية، يرتفع إلى 279 عدد عناصر قوات النظام والمسلحين الموالين لها الذين قتلوا منذ بدء التصعيد الأعنف على المنطقة في الثلاثين من نيسان / أبريل الفائت، كما يرتفع إلى 301 عدد المقاتلين من الفصائل الذين قضوا خلال الفترة ذاتها.",
  [("killed", 31, "at_least", "combatant", None, None, False, None, None, "كفرنبودة", "مقتل 31 مقاتلاً على الأقل في"),
   ("killed", 31, "at_least", "combatant", None, None, False, None, None, "كفرنبودة", "مقتل 31 مقاتلاً على الأقل، هم"),
   ("killed", 17, "exact", "combatant", None, "o2", False, "regime forces", None, "كفرنبودة", "17 من قوات النظام"),
   ("killed", 3, "exact", "combatant", "officers", "o3", False, "regime forces", None, "كفرنبودة", "3 ضباط"),
   ("killed", 14, "exact", "combatant", None, "o2", False, "rebel factions", None, "كفرنبودة", "و14 من الفصائل"),
   ("killed", 4, "exact", "combatant", None, "o5", False, "Turkistan Islamic Party", None, "كفرنبودة", "4 من الجنسية التركستانية"),
   ("killed", 1, "exact", "combatant", "commanders", "o5", False, "rebel factions", None, "كفرنبودة", "وقيادي ميداني"),
   ("wounded", None, "dozens", "combatant", None, None, False, None, None, "كفرنبودة", "العشرات من الطرفين"),
   ("killed", 1, "exact", "civilian", "children", None, False, None, "regime forces", "الهبيط", "استشهد طفل"),
   ("killed", 1, "exact", "civilian", "women", None, False, None, "regime forces", "الهبيط", "ووالدته"),
   ("killed", 1, "exact", "civilian", "women", None, False, None, None, "قلعة المضيق", "قضت مواطنة"),
   ("killed", 279, "exact", "combatant", None, None, True, "regime forces", None, None, "يرتفع إلى 279"),
   ("killed", 301, "exact", "combatant", None, None, True, "rebel factions", None, None, "يرتفع إلى 301")]),
 ("ho3-latakia", "2016-02-04",
  "مقتل 9 عناصر من الفصائل بينهم قائد لواء وتقدم لقوات النظام في ريف اللاذقية الشمالي",
  "محافظة اللاذقية – المرصد السوري لحقوق الإنسان:: تمكنت قوات النظام مدعمة بعناصر من حزب الله اللبناني ومسلحين موالين لها، وبغطاء من الطائرات الحربية الروسية، من السيطرة على بلدة كنسبا ومحيطها في جبل الأكراد بريف اللاذقية الشمالي، عقب اشتباكات عنيفة مع الفصائل الإسلامية والمقاتلة استمرت لأكثر من 48 ساعة.\n\n"
  "وقتل خلال الاشتباكات تسعة عناصر على الأقل من الفصائل بينهم قائد لواء، فيما قتل ثلاثة عناصر من قوات النظام بينهم ضابط برتبة عقيد.\n\n"
  "وفي جبل التركمان، قضى 4 مقاتلين من الفصائل التركمانية جراء قصف جوي روسي على مواقعهم في محيط بلدة ربيعة، وأسر عنصر من قوات النظام خلال محاولته التسلل إلى المنطقة.\n\n"
  "كما استشهد مواطنان اثنان وأصيبت ثلاث مواطنات بجراح جراء سقوط قذائف أطلقتها الفصائل على مدينة اللاذقية، بينما لا يزال مصير 7 مواطنين من أهالي المنطقة مجهولاً منذ اختطافهم من قبل عناصر فصيل مقاتل قبل نحو عامين.",
  [("killed", 9, "exact", "combatant", None, None, False, "rebel factions", None, "كنسبا", "مقتل 9 عناصر من الفصائل"),
   ("killed", 1, "exact", "combatant", "commanders", "o1", False, "rebel factions", None, "كنسبا", "بينهم قائد لواء وتقدم"),
   ("killed", 9, "at_least", "combatant", None, None, False, "rebel factions", None, "كنسبا", "تسعة عناصر على الأقل"),
   ("killed", 1, "exact", "combatant", "commanders", "o3", False, "rebel factions", None, "كنسبا", "بينهم قائد لواء، فيما"),
   ("killed", 3, "exact", "combatant", None, None, False, "regime forces", None, "كنسبا", "ثلاثة عناصر من قوات النظام"),
   ("killed", 1, "exact", "combatant", "officers", "o5", False, "regime forces", None, "كنسبا", "ضابط برتبة عقيد"),
   ("killed", 4, "exact", "combatant", None, None, False, "rebel factions", "Russian air force", "ربيعة", "قضى 4 مقاتلين"),
   ("captured", 1, "exact", "combatant", None, None, False, "regime forces", None, "ربيعة", "وأسر عنصر"),
   ("killed", 2, "exact", "civilian", None, None, False, None, "rebel factions", "اللاذقية", "مواطنان اثنان"),
   ("wounded", 3, "exact", "civilian", "women", None, False, None, "rebel factions", "اللاذقية", "ثلاث مواطنات"),
   ("kidnapped", 7, "exact", "civilian", None, None, False, None, "rebel factions", None, "7 مواطنين")]),
 ("ho3-raqqa", "2017-06-20",
  "التحالف الدولي يقتل 14 مدنياً في الرقة والتنظيم يعدم شابين في ريفها الشرقي",
  "محافظة الرقة – المرصد السوري لحقوق الإنسان:: استشهد 14 مدنياً على الأقل، بينهم 4 أطفال ومواطنتان، جراء ضربات جوية نفذتها طائرات التحالف الدولي على حي البدو وسط مدينة الرقة، كما أصيب عدد آخر بجراح، ولا يزال عدد من المواطنين مفقودين تحت أنقاض المباني المدمرة.\n\n"
  "وفي سياق منفصل، أعدم تنظيم “الدولة الإسلامية” شابين اثنين رمياً بالرصاص في بلدة معدان بريف الرقة الشرقي بتهمة التعامل مع قوات سوريا الديمقراطية، بعد أن اختطفهما من منزلهما قبل أسبوعين، كما اقتاد التنظيم 6 آخرين إلى جهة مجهولة.\n\n"
  "فيما تستمر الاشتباكات على محاور في أطراف حي المشلب، بين قوات سوريا الديمقراطية والتنظيم، ترافقت مع قصف متبادل، وسط معلومات مؤكدة عن مقتل 5 من عناصر التنظيم.\n\n"
  "وبذلك يرتفع إلى 173 عدد المدنيين الذين استشهدوا في مدينة الرقة منذ بدء معركة السيطرة عليها في السادس من حزيران / يونيو الجاري، بينهم 38 طفلاً، و27 مواطنة، ومن بين المجموع العام 11 من عائلة واحدة.",
  [("killed", 14, "exact", "civilian", None, None, False, None, "international coalition", "البدو", "يقتل 14 مدنياً"),
   ("killed", 2, "exact", "civilian", None, None, False, None, "IS", "معدان", "يعدم شابين"),
   ("killed", 14, "at_least", "civilian", None, None, False, None, "international coalition", "البدو", "استشهد 14 مدنياً على الأقل"),
   ("killed", 4, "exact", "civilian", "children", "o3", False, None, "international coalition", "البدو", "4 أطفال"),
   ("killed", 2, "exact", "civilian", "women", "o3", False, None, "international coalition", "البدو", "ومواطنتان"),
   ("wounded", None, "several", "civilian", None, None, False, None, "international coalition", "البدو", "عدد آخر"),
   ("missing", None, "several", "civilian", None, None, False, None, "international coalition", "البدو", "عدد من المواطنين مفقودين"),
   ("killed", 2, "exact", "civilian", None, None, False, None, "IS", "معدان", "شابين اثنين"),
   ("kidnapped", 6, "exact", "civilian", None, None, False, None, "IS", "معدان", "6 آخرين"),
   ("killed", 5, "exact", "combatant", None, None, False, "IS", "SDF", "المشلب", "مقتل 5 من عناصر التنظيم"),
   ("killed", 173, "exact", "civilian", None, None, True, None, None, "الرقة", "يرتفع إلى 173"),
   ("killed", 38, "exact", "civilian", "children", "o11", True, None, None, "الرقة", "38 طفلاً"),
   ("killed", 27, "exact", "civilian", "women", "o11", True, None, None, "الرقة", "27 مواطنة"),
   ("killed", 11, "exact", "civilian", None, "o11", True, None, None, "الرقة", "11 من عائلة واحدة")]),
]

# fourth batch: written by helper H7 before any rule was changed for it, scored once untouched
SPEC += [
 ("ho4-toll", "2019-07-24",
  "حصيلة يوم أمس: 38 قتيلاً وشهيداً في عموم الأراضي السورية",
  "محافظة إدلب – المرصد السوري لحقوق الإنسان:: وثق المرصد السوري لحقوق الإنسان مقتل واستشهاد 38 شخصاً على امتداد الجغرافيا السورية يوم أمس، وجاءت الحصيلة موزعة كالتالي: 19 مدنياً من ضمنهم 6 أطفال و3 نساء، و12 مقاتلاً من الفصائل وهيئة تحرير الشام، و7 من قوات النظام والميليشيات الموالية لها.\n\n"
  "ففي محافظة إدلب، قضى 14 مدنياً بينهم 6 أطفال بغارات جوية نفذتها طائرات النظام على مدينة خان شيخون، كما فارق رجلان الحياة بقصف صاروخي على بلدة التمانعة.\n\n"
  "وفي ريف حماة الشمالي، لقي 12 مقاتلاً من الفصائل حتفهم خلال اشتباكات مع قوات النظام على محور تل ملح، قتل خلالها 7 عناصر من الأخيرة.\n\n"
  "وفي محافظة درعا، عثر الأهالي على جثتي شابين مقتولين بطلقات نارية قرب بلدة اليادودة بريف درعا الغربي، فيما توفي مواطن في حلب متأثراً بجراح أصيب بها قبل أسبوع.\n\n"
  "كما أصيب ما يزيد عن 30 مدنياً بجراح متفاوتة في مناطق متفرقة.",
  [("killed", 38, "exact", "unknown", None, None, False, None, None, None, "38 قتيلاً وشهيداً"),
   ("killed", 38, "exact", "unknown", None, None, False, None, None, None, "مقتل واستشهاد 38 شخصاً"),
   ("killed", 19, "exact", "civilian", None, "o2", False, None, None, None, "19 مدنياً من ضمنهم"),
   ("killed", 6, "exact", "civilian", "children", "o3", False, None, None, None, "من ضمنهم 6 أطفال"),
   ("killed", 3, "exact", "civilian", "women", "o3", False, None, None, None, "و3 نساء"),
   ("killed", 12, "exact", "combatant", None, "o2", False, "rebel factions", None, None, "و12 مقاتلاً من الفصائل"),
   ("killed", 7, "exact", "combatant", None, "o2", False, "regime forces", None, None, "و7 من قوات النظام"),
   ("killed", 14, "exact", "civilian", None, None, False, None, "regime air force", "خان شيخون", "قضى 14 مدنياً"),
   ("killed", 6, "exact", "civilian", "children", "o8", False, None, "regime air force", "خان شيخون", "بينهم 6 أطفال"),
   ("killed", 2, "exact", "civilian", "men", None, False, None, None, "التمانعة", "فارق رجلان الحياة"),
   ("killed", 12, "exact", "combatant", None, None, False, "rebel factions", "regime forces", "تل ملح", "لقي 12 مقاتلاً"),
   ("killed", 7, "exact", "combatant", None, None, False, "regime forces", "rebel factions", "تل ملح", "قتل خلالها 7 عناصر"),
   ("killed", 2, "exact", "civilian", None, None, False, None, "armed cells", "اليادودة", "جثتي شابين"),
   ("killed", 1, "exact", "civilian", None, None, False, None, None, "حلب", "توفي مواطن"),
   ("wounded", 30, "more_than", "civilian", None, None, False, None, None, None, "ما يزيد عن 30 مدنياً")]),
 ("ho4-ghouta", "2018-02-21",
  "ارتفاع حصيلة الغارات على الغوطة الشرقية إلى 47 شهيداً",
  "ريف دمشق – المرصد السوري لحقوق الإنسان:: ارتفعت حصيلة الخسائر البشرية جراء الغارات الجوية والقصف الصاروخي الذي استهدف مدن وبلدات الغوطة الشرقية منذ فجر اليوم، إلى 47 شهيداً مدنياً، من ضمنهم 13 طفلاً و9 مواطنات، حيث استشهد 18 مواطناً في بلدة حمورية، و11 في كفربطنا، و10 في عربين، فيما توزع الباقون على بلدتي زملكا وجسرين.\n\n"
  "كذلك تسببت الضربات في سقوط ما يقارب 200 جريح، بعضهم في حالات خطرة، مما يرشح عدد الشهداء للارتفاع، بينما لا يزال مصير عشرات المواطنين مجهولاً تحت ركام المنازل المدمرة.\n\n"
  "في المقابل، قضى ثلاثة أشخاص وأصيب 5 آخرون بجراح جراء سقوط قذائف أطلقتها الفصائل على ضاحية جرمانا، وترافق ذلك مع اشتباكات على محاور في أطراف الغوطة قتل فيها 4 من عناصر فيلق الرحمن.",
  [("killed", 47, "exact", "civilian", None, None, True, None, None, None, "إلى 47 شهيداً"),
   ("killed", 47, "exact", "civilian", None, None, True, None, None, None, "إلى 47 شهيداً مدنياً"),
   ("killed", 13, "exact", "civilian", "children", "o2", True, None, None, None, "13 طفلاً"),
   ("killed", 9, "exact", "civilian", "women", "o2", True, None, None, None, "و9 مواطنات"),
   ("killed", 18, "exact", "civilian", None, None, False, None, None, "حمورية", "استشهد 18 مواطناً"),
   ("killed", 11, "exact", "civilian", None, None, False, None, None, "كفربطنا", "و11 في كفربطنا"),
   ("killed", 10, "exact", "civilian", None, None, False, None, None, "عربين", "و10 في عربين"),
   ("wounded", 200, "about", "civilian", None, None, False, None, None, None, "ما يقارب 200 جريح"),
   ("missing", None, "dozens", "civilian", None, None, False, None, None, None, "عشرات المواطنين"),
   ("killed", 3, "exact", "civilian", None, None, False, None, "rebel factions", "جرمانا", "قضى ثلاثة أشخاص"),
   ("wounded", 5, "exact", "civilian", None, None, False, None, "rebel factions", "جرمانا", "5 آخرون"),
   ("killed", 4, "exact", "combatant", None, None, False, "Faylaq al-Rahman", None, None, "4 من عناصر فيلق الرحمن")]),
 ("ho4-manbij", "2020-11-03",
  "قتلى وجرحى من الفصائل الموالية لأنقرة و«قسد» في اشتباكات على تخوم منبج",
  "محافظة حلب – المرصد السوري لحقوق الإنسان:: اندلعت اشتباكات عنيفة بعد منتصف ليل أمس، بين مجلس منبج العسكري المنضوي تحت راية قوات سوريا الديمقراطية من جهة، وفصائل “الجيش الوطني” الموالية لتركيا من جهة أخرى، على محور قرية العريمة غرب مدينة منبج، إثر محاولة تسلل نفذتها الأخيرة، ترافقت مع قصف مدفعي تركي مكثف على قرى المنطقة.\n\n"
  "وأسفرت الاشتباكات عن مقتل 6 من عناصر الفصائل، وإصابة 9 آخرين بجراح، بعضهم حالته حرجة، بينما قتل مقاتلان اثنان من مجلس منبج العسكري، وأسر عنصر ثالث إثر محاصرة نقطته.\n\n"
  "وفي منطقة عفرين، عثر على جثة مواطن مسن من أهالي ناحية شيراوا بعد أيام من اعتقاله على يد عناصر فصيل “السلطان مراد”، فيما أصيب طفلان بانفجار قذيفة من مخلفات الحرب في ناحية معبطلي.\n\n"
  "أما في مدينة رأس العين بريف الحسكة، فقد انفجرت دراجة نارية مفخخة عند دوار وسط المدينة الخاضعة لسيطرة الفصائل الموالية لتركيا، ما أدى لمقتل 3 مدنيين، أحدهم امرأة، وجرح قرابة 10 آخرين.\n\n"
  "ووفقاً لإحصائيات المرصد السوري، فقد بلغ عدد عناصر الفصائل الذين قتلوا بنيران قسد في ريف حلب الشمالي الشرقي منذ مطلع العام 2020، 93 عنصراً.",
  [("killed", 6, "exact", "combatant", None, None, False, "Turkey-backed factions", "SDF", "العريمة", "مقتل 6 من عناصر الفصائل"),
   ("wounded", 9, "exact", "combatant", None, None, False, "Turkey-backed factions", "SDF", "العريمة", "9 آخرين"),
   ("killed", 2, "exact", "combatant", None, None, False, "SDF", "Turkey-backed factions", "العريمة", "مقاتلان اثنان"),
   ("captured", 1, "exact", "combatant", None, None, False, "SDF", "Turkey-backed factions", "العريمة", "وأسر عنصر ثالث"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "Turkey-backed factions", "شيراوا", "جثة مواطن مسن"),
   ("wounded", 2, "exact", "civilian", "children", None, False, None, None, "معبطلي", "طفلان"),
   ("killed", 3, "exact", "civilian", None, None, False, None, None, "رأس العين", "لمقتل 3 مدنيين"),
   ("killed", 1, "exact", "civilian", "women", "o7", False, None, None, "رأس العين", "أحدهم امرأة"),
   ("wounded", 10, "about", "civilian", None, None, False, None, None, "رأس العين", "قرابة 10 آخرين"),
   ("killed", 93, "exact", "combatant", None, None, True, "Turkey-backed factions", "SDF", None, "93 عنصراً")]),
 ("ho4-israel", "2021-09-03",
  "ضربات إسرائيلية تستهدف مواقع للميليشيات الإيرانية قرب دمشق وفي البادية تقتل 9 على الأقل",
  "ريف دمشق – المرصد السوري لحقوق الإنسان:: رصد المرصد السوري لحقوق الإنسان استهداف صواريخ إسرائيلية لمستودعات أسلحة وذخائر تابعة للميليشيات الموالية لإيران في محيط منطقة الكسوة بريف دمشق الجنوبي الغربي، ومواقع أخرى قرب مطار التيفور العسكري في ريف حمص الشرقي، حيث سمعت دوي انفجارات عنيفة في العاصمة دمشق.\n\n"
  "وتمكن المرصد من توثيق مقتل 9 مسلحين على الأقل جراء الضربات، هم 5 من جنسيات غير سورية، و4 من عناصر الدفاع الجوي التابعة لقوات النظام، كما تسببت الضربات بإصابة مدنيين اثنين بشظايا صاروخ دفاع جوي سقط في حي سكني.\n\n"
  "ويعد هذا الاستهداف الإسرائيلي الـ 14 على الأراضي السورية منذ مطلع العام الجاري، والتي تسببت بمقتل 98 عنصراً غالبيتهم من الميليشيات الموالية لإيران وحزب الله.",
  [("killed", 9, "at_least", "combatant", None, None, False, "Iran-backed militias", "Israel", None, "تقتل 9 على الأقل"),
   ("killed", 9, "at_least", "combatant", None, None, False, None, "Israel", None, "مقتل 9 مسلحين على الأقل"),
   ("killed", 5, "exact", "combatant", None, "o2", False, "Iran-backed militias", "Israel", None, "هم 5 من جنسيات غير سورية"),
   ("killed", 4, "exact", "combatant", None, "o2", False, "regime forces", "Israel", None, "و4 من عناصر الدفاع الجوي"),
   ("wounded", 2, "exact", "civilian", None, None, False, None, None, None, "مدنيين اثنين"),
   ("killed", 98, "exact", "combatant", None, None, True, "Iran-backed militias", "Israel", None, "بمقتل 98 عنصراً")]),
 ("ho4-badia", "2022-01-15",
  "خلايا التنظيم تقتل 11 من قوات النظام والميليشيات في كمين بالبادية السورية",
  "محافظة حمص – المرصد السوري لحقوق الإنسان:: نصبت خلايا تنظيم “الدولة الإسلامية” كميناً محكماً لحافلة مبيت عسكرية تقل عناصر من قوات النظام والميليشيات الموالية لها، على الطريق الواصل بين مدينة السخنة ومنطقة الشولا في بادية حمص الشرقية، مستخدمة الأسلحة الرشاشة والقذائف الصاروخية.\n\n"
  "وحصل المرصد السوري على معلومات تفيد بمقتل 11 عنصراً، بينهم ضابط برتبة نقيب وآخر برتبة ملازم أول، وإصابة ما لا يقل عن 8 آخرين، جرى نقلهم إلى مشفى مدينة تدمر، في حين لا يزال 3 عناصر في عداد المفقودين، وسط ترجيحات بأسرهم من قبل التنظيم.\n\n"
  "في سياق متصل، قتل راعي أغنام وشقيقه بانفجار لغم من مخلفات التنظيم في بادية البوكمال بريف دير الزور الشرقي، خلال رعيهما الماشية.\n\n"
  "وبذلك، يرتفع إلى 156 تعداد قتلى قوات النظام والميليشيات الموالية لها من الجنسيتين السورية وغير السورية منذ مطلع العام 2022 في البادية، جميعهم قضوا خلال هجمات وكمائن لخلايا التنظيم.",
  [("killed", 11, "exact", "combatant", None, None, False, "regime forces", "IS", None, "تقتل 11 من قوات النظام"),
   ("killed", 11, "exact", "combatant", None, None, False, "regime forces", "IS", None, "بمقتل 11 عنصراً"),
   ("killed", 1, "exact", "combatant", "officers", "o2", False, "regime forces", "IS", None, "ضابط برتبة نقيب"),
   ("killed", 1, "exact", "combatant", "officers", "o2", False, "regime forces", "IS", None, "وآخر برتبة ملازم أول"),
   ("wounded", 8, "at_least", "combatant", None, None, False, "regime forces", "IS", None, "ما لا يقل عن 8 آخرين"),
   ("missing", 3, "exact", "combatant", None, None, False, "regime forces", "IS", None, "3 عناصر"),
   ("killed", 1, "exact", "civilian", None, None, False, None, None, "البوكمال", "راعي أغنام"),
   ("killed", 1, "exact", "civilian", None, None, False, None, None, "البوكمال", "وشقيقه"),
   ("killed", 156, "exact", "combatant", None, None, True, "regime forces", "IS", None, "يرتفع إلى 156")]),
 ("ho4-mine", "2019-04-11",
  "أربعة أطفال بين 6 ضحايا بانفجار لغم أرضي في ريف حلب الشرقي",
  "محافظة حلب – المرصد السوري لحقوق الإنسان:: فارق 6 مواطنين الحياة، من بينهم 4 أطفال أشقاء، إثر انفجار لغم أرضي من مخلفات الحرب بجرار زراعي كان يقلهم في أرض زراعية قرب بلدة دير حافر بريف حلب الشرقي، كما أصيب طفل خامس وامرأة بجروح بليغة، نقلوا على إثرها إلى مشافي مدينة الباب.\n\n"
  "وفي حادثة منفصلة، أصيب 3 أطفال دون سن الـ 15 بجروح، إثر انفجار قنبلة عنقودية من مخلفات القصف خلال لهوهم بها في محيط منازلهم ببلدة السفيرة.\n\n"
  "كما هز انفجار عنيف ناجم عن سيارة مفخخة مدينة الباب الخاضعة لسيطرة الفصائل الموالية لأنقرة، أسفر عن سقوط 5 شهداء مدنيين، بينهم طفلتان، وجرح ما لا يقل عن 20 شخصاً، في حصيلة غير نهائية.\n\n"
  "وتشير إحصائيات المرصد السوري إلى أن عدد ضحايا الألغام ومخلفات الحرب منذ مطلع العام الجاري، بلغ 61 شخصاً بينهم 27 طفلاً.",
  [("killed", 4, "exact", "civilian", "children", "o2", False, None, None, None, "أربعة أطفال"),
   ("killed", 6, "exact", "civilian", None, None, False, None, None, None, "6 ضحايا"),
   ("killed", 6, "exact", "civilian", None, None, False, None, None, "دير حافر", "فارق 6 مواطنين الحياة"),
   ("killed", 4, "exact", "civilian", "children", "o3", False, None, None, "دير حافر", "4 أطفال أشقاء"),
   ("wounded", 1, "exact", "civilian", "children", None, False, None, None, "دير حافر", "طفل خامس"),
   ("wounded", 1, "exact", "civilian", "women", None, False, None, None, "دير حافر", "وامرأة"),
   ("wounded", 3, "exact", "civilian", "children", None, False, None, None, "السفيرة", "3 أطفال دون"),
   ("killed", 5, "exact", "civilian", None, None, False, None, None, "الباب", "5 شهداء مدنيين"),
   ("killed", 2, "exact", "civilian", "children", "o8", False, None, None, "الباب", "طفلتان"),
   ("wounded", 20, "at_least", "civilian", None, None, False, None, None, "الباب", "ما لا يقل عن 20 شخصاً"),
   ("killed", 61, "exact", "civilian", None, None, True, None, None, None, "61 شخصاً"),
   ("killed", 27, "exact", "civilian", "children", "o11", True, None, None, None, "27 طفلاً")]),
 ("ho4-daraa", "2021-06-30",
  "اغتيالات متواصلة في درعا: مقتل 5 أشخاص بينهم متطوع في صفوف الأمن العسكري خلال 24 ساعة",
  "محافظة درعا – المرصد السوري لحقوق الإنسان:: تتواصل عمليات الاغتيال والاستهداف في محافظة درعا، إذ قتل شاب برصاص مسلحين يستقلون دراجة نارية أمام منزله في مدينة جاسم بريف درعا الشمالي، كما عثر على جثة عنصر متطوع في صفوف جهاز الأمن العسكري وعليها آثار إطلاق نار قرب بلدة المسيفرة في الريف الشرقي.\n\n"
  "وفي ريف درعا الغربي، فارق مختار بلدة داعل الحياة متأثراً بإصابته بطلقات نارية أطلقها مجهولون على سيارته مساء أمس، بينما استهدف مسلحون آخرون سيارة تقل عناصر من الفرقة الرابعة على طريق نوى – الشيخ مسكين، ما أدى لمقتل اثنين منهم وإصابة ثالث.\n\n"
  "وبذلك، ترتفع حصيلة الاستهدافات التي شهدتها المحافظة منذ مطلع حزيران / يونيو إلى 47 استهدافاً، أسفرت عن مقتل 38 شخصاً، هم 22 مدنياً، و14 من قوات النظام والمتعاونين معها، و2 من عناصر “التسويات” الذين انضموا لصفوف الفيلق الخامس.",
  [("killed", 5, "exact", "unknown", None, None, False, None, "armed cells", None, "مقتل 5 أشخاص"),
   ("killed", 1, "exact", "combatant", None, "o1", False, "regime forces", "armed cells", None, "متطوع في صفوف الأمن العسكري"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "armed cells", "جاسم", "قتل شاب"),
   ("killed", 1, "exact", "combatant", None, None, False, "regime forces", "armed cells", "المسيفرة", "جثة عنصر متطوع"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "armed cells", "داعل", "فارق مختار"),
   ("killed", 2, "exact", "combatant", None, None, False, "regime forces", "armed cells", None, "اثنين منهم"),
   ("wounded", 1, "exact", "combatant", None, None, False, "regime forces", "armed cells", None, "وإصابة ثالث"),
   ("killed", 38, "exact", "unknown", None, None, True, None, None, None, "مقتل 38 شخصاً"),
   ("killed", 22, "exact", "civilian", None, "o8", True, None, None, None, "هم 22 مدنياً"),
   ("killed", 14, "exact", "combatant", None, "o8", True, "regime forces", None, None, "و14 من قوات النظام"),
   ("killed", 2, "exact", "combatant", None, "o8", True, "Fifth Corps", None, None, "و2 من عناصر")]),
 ("ho4-prison", "2020-08-19",
  "وفاة 3 معتقلين تحت التعذيب في سجون النظام بينهم شقيقان من ريف دمشق",
  "ريف دمشق – المرصد السوري لحقوق الإنسان:: علم المرصد السوري لحقوق الإنسان أن ثلاثة معتقلين فارقوا الحياة تحت التعذيب داخل سجون ومعتقلات النظام، بينهم شقيقان من أبناء مدينة دوما، اعتقلا عام 2018 بعد رفضهما إجراء التسوية، فيما الثالث من أهالي بلدة الحراك في ريف درعا الشرقي، وقد جرى إبلاغ ذويهم بوفاتهم عبر دائرة السجل المدني دون تسليم الجثث.\n\n"
  "كما قضت سيدة خمسينية داخل سجن صيدنايا العسكري جراء الإهمال الطبي وسوء ظروف الاحتجاز، وذلك بعد نحو عامين من اعتقالها على أحد حواجز النظام في ريف حماة.\n\n"
  "ووثق المرصد السوري منذ انطلاقة الثورة السورية في آذار / مارس 2011 استشهاد 105 آلاف معتقل على الأقل داخل سجون النظام، بينهم ما يزيد عن 1800 طفل.",
  [("killed", 3, "exact", "civilian", None, None, False, None, "regime forces", None, "وفاة 3 معتقلين"),
   ("killed", 2, "exact", "civilian", None, "o1", False, None, "regime forces", None, "بينهم شقيقان من ريف"),
   ("killed", 3, "exact", "civilian", None, None, False, None, "regime forces", None, "ثلاثة معتقلين"),
   ("killed", 2, "exact", "civilian", None, "o3", False, None, "regime forces", None, "بينهم شقيقان من أبناء"),
   ("killed", 1, "exact", "civilian", "women", None, False, None, "regime forces", "صيدنايا", "قضت سيدة خمسينية"),
   ("killed", 105000, "at_least", "civilian", None, None, True, None, "regime forces", None, "105 آلاف معتقل على الأقل"),
   ("killed", 1800, "more_than", "civilian", "children", "o6", True, None, "regime forces", None, "ما يزيد عن 1800 طفل")]),
 ("ho4-english", "2019-08-20",
  "Eleven civilians killed in regime and Russian airstrikes on southern Idlib",
  "The Syrian Observatory for Human Rights has documented the death of 11 civilians, among them 3 children and a woman, in airstrikes carried out by regime and Russian warplanes on Khan Shaykhun and Maarat al-Numan in the southern countryside of Idlib. Around 20 other people were injured, some of them seriously.\n\n"
  "Meanwhile, 14 fighters of Hayat Tahrir al-Sham and allied factions were killed in clashes with regime forces near Al-Tamanah, where regime forces lost at least 9 members. With these new losses, the death toll of civilians killed since the start of the escalation on April 30 has risen to 830, including 203 children.",
  [("killed", 11, "exact", "civilian", None, None, False, None, "Russian air force", None, "Eleven civilians"),
   ("killed", 11, "exact", "civilian", None, None, False, None, "Russian air force", None, "11 civilians"),
   ("killed", 3, "exact", "civilian", "children", "o2", False, None, "Russian air force", None, "3 children"),
   ("killed", 1, "exact", "civilian", "women", "o2", False, None, "Russian air force", None, "a woman"),
   ("wounded", 20, "about", "civilian", None, None, False, None, "Russian air force", None, "Around 20 other people"),
   ("killed", 14, "exact", "combatant", None, None, False, "HTS", "regime forces", "التمانعة", "14 fighters"),
   ("killed", 9, "at_least", "combatant", None, None, False, "regime forces", "HTS", "التمانعة", "at least 9 members"),
   ("killed", 830, "exact", "civilian", None, None, True, None, None, None, "has risen to 830"),
   ("killed", 203, "exact", "civilian", "children", "o8", True, None, None, None, "203 children")]),
]

# fifth batch: written by helper H8 before any rule was changed for it, scored once untouched
SPEC += [
 ("ho5-monthly", "2021-04-01",
  "المرصد السوري يحصي 1214 قتيلاً على امتداد البلاد خلال شهر آذار",
  "سوريا – المرصد السوري لحقوق الإنسان:: أحصى المرصد السوري لحقوق الإنسان خلال الشهر الفائت 1214 قتيلاً على كامل التراب السوري، توزعوا على النحو الآتي: المدنيون 512، من بينهم 143 طفلاً دون الثامنة عشرة و87 امرأة؛ ومقاتلو الفصائل والحركات الإسلامية 301؛ وعناصر قوات النظام والمسلحون الموالون لها 276، بينهم 19 ضابطاً؛ ومقاتلو قوات سوريا الديمقراطية 58؛ وعناصر تنظيم “الدولة الإسلامية” 67.\n\n"
  "وعلى صعيد المدنيين، قضى مئتان وأربعة منهم بضربات جوية للطائرات الروسية وطائرات النظام، فيما فارق الحياة أحد عشر آخرون في سجون النظام ومعتقلاته.\n\n"
  "ويصبح بذلك مجموع من وثق المرصد مقتلهم منذ مطلع العام الحالي 3870 شخصاً، نحو ثلثهم من المدنيين.",
  [("killed", 1214, "exact", "unknown", None, None, False, None, None, None, "يحصي 1214 قتيلاً"),
   ("killed", 1214, "exact", "unknown", None, None, False, None, None, None, "الفائت 1214 قتيلاً"),
   ("killed", 512, "exact", "civilian", None, "o2", False, None, None, None, "المدنيون 512"),
   ("killed", 143, "exact", "civilian", "children", "o3", False, None, None, None, "143 طفلاً"),
   ("killed", 87, "exact", "civilian", "women", "o3", False, None, None, None, "و87 امرأة"),
   ("killed", 301, "exact", "combatant", None, "o2", False, "rebel factions", None, None, "والحركات الإسلامية 301"),
   ("killed", 276, "exact", "combatant", None, "o2", False, "regime forces", None, None, "الموالون لها 276"),
   ("killed", 19, "exact", "combatant", "officers", "o7", False, "regime forces", None, None, "19 ضابطاً"),
   ("killed", 58, "exact", "combatant", None, "o2", False, "SDF", None, None, "الديمقراطية 58"),
   ("killed", 67, "exact", "combatant", None, "o2", False, "IS", None, None, "الإسلامية” 67"),
   ("killed", 204, "exact", "civilian", None, "o3", False, None, "Russian air force", None, "مئتان وأربعة منهم"),
   ("killed", 11, "exact", "civilian", None, "o3", False, None, "regime forces", None, "أحد عشر آخرون"),
   ("killed", 3870, "exact", "unknown", None, None, True, None, None, None, "3870 شخصاً")]),
 ("ho5-ghab", "2020-01-22",
  "هجوم معاكس لهيئة تحرير الشام في سهل الغاب يوقع 23 قتيلاً وسبعة أسرى من قوات النظام",
  "محافظة حماة – المرصد السوري لحقوق الإنسان:: شنت هيئة تحرير الشام وفصائل غرفة عمليات “الفتح المبين” فجر اليوم هجوماً معاكساً على مواقع قوات النظام في قرية الحويز بسهل الغاب في ريف حماة الشمالي الغربي، بعد تمهيد بأكثر من 200 قذيفة صاروخية. وقالت مصادر المرصد إن الهجوم خلّف 23 قتيلاً من عناصر النظام، وتمكن المهاجمون من أسر سبعة آخرين، وسحبوا جثث أربعة من القتلى إلى مناطق سيطرتهم.\n\n"
  "وفي المقابل، خسرت الهيئة خمسة عشر عنصراً، بينهم ثلاثة انغماسيين وقائد مجموعة، إلى جانب جرح العشرات من مقاتليها.\n\n"
  "وتتواصل المعارك حتى لحظة إعداد التقرير، وسط قصف جوي روسي مكثف طال بلدة كنصفرة في جبل الزاوية بريف إدلب الجنوبي، ما أدى لاستشهاد امرأة وطفلتيها.",
  [("killed", 23, "exact", "combatant", None, None, False, "regime forces", "HTS", None, "يوقع 23 قتيلاً"),
   ("captured", 7, "exact", "combatant", None, None, False, "regime forces", "HTS", None, "وسبعة أسرى"),
   ("killed", 23, "exact", "combatant", None, None, False, "regime forces", "HTS", "الحويز", "23 قتيلاً من عناصر النظام"),
   ("captured", 7, "exact", "combatant", None, None, False, "regime forces", "HTS", "الحويز", "سبعة آخرين"),
   ("killed", 4, "exact", "combatant", None, "o3", False, "regime forces", "HTS", "الحويز", "أربعة من القتلى"),
   ("killed", 15, "exact", "combatant", None, None, False, "HTS", "regime forces", None, "خمسة عشر عنصراً"),
   ("killed", 3, "exact", "combatant", None, "o6", False, "HTS", "regime forces", None, "ثلاثة انغماسيين"),
   ("killed", 1, "exact", "combatant", "commanders", "o6", False, "HTS", "regime forces", None, "وقائد مجموعة"),
   ("wounded", None, "dozens", "combatant", None, None, False, "HTS", "regime forces", None, "العشرات من مقاتليها"),
   ("killed", 1, "exact", "civilian", "women", None, False, None, "Russian air force", "كنصفرة", "امرأة"),
   ("killed", 2, "exact", "civilian", "children", None, False, None, "Russian air force", "كنصفرة", "وطفلتيها")]),
 ("ho5-sarmin", "2020-02-03",
  "مجزرة جديدة.. 9 مدنيين من عائلة واحدة ضحايا غارات روسية على ريف إدلب",
  "محافظة إدلب – المرصد السوري لحقوق الإنسان:: ارتكبت الطائرات الحربية الروسية مجزرة مروعة بحق عائلة نازحة تقطن في مزرعة على أطراف بلدة سرمين شرقي إدلب، إذ قضى تسعة من أفرادها، هم الأب والأم وسبعة من أبنائهما أصغرهم رضيع لم يتجاوز عمره أربعة أشهر. وأشار نشطاء المرصد إلى أن الطائرات الروسية شنت منذ ساعات الصباح 17 غارة على المنطقة، أصيب جراءها ما يزيد على 12 شخصاً، جلهم من النساء والأطفال، وانتشلت فرق الدفاع المدني طفلاً على قيد الحياة من تحت الركام.\n\n"
  "ومع هذه المجزرة، يبلغ تعداد المدنيين الذين فقدوا حياتهم بنيران الطائرات الروسية في منطقة “خفض التصعيد” منذ مطلع الشهر 41 مدنياً، بينهم 16 طفلاً و9 سيدات.",
  [("killed", 9, "exact", "civilian", None, None, False, None, "Russian air force", None, "9 مدنيين"),
   ("killed", 9, "exact", "civilian", None, None, False, None, "Russian air force", "سرمين", "قضى تسعة من أفرادها"),
   ("killed", 1, "exact", "civilian", "men", "o2", False, None, "Russian air force", "سرمين", "الأب"),
   ("killed", 1, "exact", "civilian", "women", "o2", False, None, "Russian air force", "سرمين", "والأم"),
   ("killed", 7, "exact", "civilian", "children", "o2", False, None, "Russian air force", "سرمين", "وسبعة من أبنائهما"),
   ("wounded", 12, "more_than", "civilian", None, None, False, None, "Russian air force", "سرمين", "ما يزيد على 12 شخصاً"),
   ("killed", 41, "exact", "civilian", None, None, True, None, "Russian air force", None, "41 مدنياً"),
   ("killed", 16, "exact", "civilian", "children", "o7", True, None, "Russian air force", None, "16 طفلاً"),
   ("killed", 9, "exact", "civilian", "women", "o7", True, None, "Russian air force", None, "و9 سيدات")]),
 ("ho5-azaz", "2021-07-18",
  "انفجار صهريج مفخخ في سوق شعبي بمدينة إعزاز يحصد أرواح 14 شخصاً",
  "محافظة حلب – المرصد السوري لحقوق الإنسان:: دوّى انفجار ضخم ظهر اليوم في سوق الخضار وسط مدينة إعزاز شمالي حلب، الخاضعة لنفوذ الفصائل الموالية لأنقرة، ناجم عن صهريج وقود مفخخ ركنه مجهولون قرب محال تجارية. وأحصى المرصد السوري حتى الآن أربعة عشر قتيلاً، عُرف بينهم ثلاثة أطفال وسيدتان وعنصران من الشرطة العسكرية، كما تجاوز عدد الجرحى الأربعين، بعضهم بحالات حرجة، مما يجعل الحصيلة مرشحة للزيادة.\n\n"
  "وبعد ساعات، انفجرت عبوة ناسفة مزروعة في سيارة مدنية على الطريق الرئيسي في مدينة الباب، أودت بحياة سائقها وأصابت اثنين من المارة.\n\n"
  "وكان المرصد قد رصد في الأسبوع الماضي انفجاراً مماثلاً في ذات المدينة خلّف 5 جرحى.",
  [("killed", 14, "exact", "unknown", None, None, False, None, "armed cells", "إعزاز", "أرواح 14 شخصاً"),
   ("killed", 14, "exact", "unknown", None, None, False, None, "armed cells", "إعزاز", "أربعة عشر قتيلاً"),
   ("killed", 3, "exact", "civilian", "children", "o2", False, None, "armed cells", "إعزاز", "ثلاثة أطفال"),
   ("killed", 2, "exact", "civilian", "women", "o2", False, None, "armed cells", "إعزاز", "وسيدتان"),
   ("killed", 2, "exact", "combatant", None, "o2", False, "Turkey-backed factions", "armed cells", "إعزاز", "وعنصران من الشرطة العسكرية"),
   ("wounded", 40, "more_than", "civilian", None, None, False, None, "armed cells", "إعزاز", "الجرحى الأربعين"),
   ("killed", 1, "exact", "civilian", None, None, False, None, None, "الباب", "سائقها"),
   ("wounded", 2, "exact", "civilian", None, None, False, None, None, "الباب", "اثنين من المارة"),
   ("wounded", 5, "exact", "civilian", None, None, False, None, None, "الباب", "5 جرحى")]),
 ("ho5-dhiban", "2022-03-09",
  "خلايا “داعش” تعدم 3 رعاة وتقتل عنصرين من “قسد” شرق دير الزور",
  "محافظة دير الزور – المرصد السوري لحقوق الإنسان:: أقدمت خلايا تابعة لتنظيم “الدولة الإسلامية” على إعدام ثلاثة رعاة أغنام ذبحاً، بعد اختطافهم من البادية المحيطة ببلدة ذيبان، بتهمة التعامل مع “قسد”، وألقت بجثثهم قرب مقبرة البلدة. في حين هاجمت مجموعة أخرى من التنظيم حاجزاً لقوات سوريا الديمقراطية عند مدخل بلدة الشحيل، فقتلت عنصرين وجرحت ثالثاً.\n\n"
  "ورداً على ذلك، نفذت “قسد” بمساندة مروحيات التحالف الدولي عملية إنزال وتمشيط في قرى ريف دير الزور الشرقي، انتهت بمقتل قيادي في التنظيم وضبط أسلحة وذخائر، وسط أنباء عن مقتل مدني خلال المداهمات.\n\n"
  "وبحسب توثيقات المرصد السوري، فإن عدد من قتلتهم خلايا التنظيم في مناطق “الإدارة الذاتية” بدير الزور منذ مطلع العام بات 97، بينهم 35 مدنياً.",
  [("killed", 3, "exact", "civilian", None, None, False, None, "IS", None, "3 رعاة"),
   ("killed", 2, "exact", "combatant", None, None, False, "SDF", "IS", None, "عنصرين من “قسد”"),
   ("killed", 3, "exact", "civilian", None, None, False, None, "IS", "ذيبان", "ثلاثة رعاة أغنام"),
   ("killed", 2, "exact", "combatant", None, None, False, "SDF", "IS", "الشحيل", "فقتلت عنصرين"),
   ("wounded", 1, "exact", "combatant", None, None, False, "SDF", "IS", "الشحيل", "وجرحت ثالثاً"),
   ("killed", 1, "exact", "combatant", "commanders", None, False, "IS", "SDF", None, "قيادي في التنظيم"),
   ("killed", 1, "exact", "civilian", None, None, False, None, None, None, "مقتل مدني"),
   ("killed", 97, "exact", "unknown", None, None, True, None, "IS", None, "بات 97"),
   ("killed", 35, "exact", "civilian", None, "o8", True, None, "IS", None, "35 مدنياً")]),
 ("ho5-suwayda", "2021-11-27",
  "السويداء: خطف 4 مدنيين على طريق دمشق والإفراج عن مخطوفَين مقابل فدية",
  "محافظة السويداء – المرصد السوري لحقوق الإنسان:: أفرجت عصابة مسلحة عن شابين من أبناء بلدة شهبا، بعد احتجازهما لنحو أسبوعين ودفع ذويهما فدية مالية قدرها 40 مليون ليرة سورية. في المقابل، اختطف مسلحون يستقلون سيارتين دون لوحات أربعة مدنيين، بينهم سيدة، على طريق دمشق – السويداء قرب بلدة الصورة الكبيرة، واقتادوهم إلى جهة مجهولة، ويطالب الخاطفون بمبلغ 100 ألف دولار لقاء إطلاق سراحهم.\n\n"
  "كذلك قتل رجل ستيني برصاص عصابة حاولت سلب سيارته في مدينة صلخد، وأصيب نجله بجروح طفيفة.\n\n"
  "وبذلك، يرتفع عدد حالات الخطف التي وثقها المرصد السوري في المحافظة منذ بداية الشهر إلى 18 حالة، أُطلق سراح معظم أصحابها بعد دفع فدى مالية.",
  [("kidnapped", 4, "exact", "civilian", None, None, False, None, "armed cells", None, "خطف 4 مدنيين"),
   ("kidnapped", 4, "exact", "civilian", None, None, False, None, "armed cells", "الصورة الكبيرة", "أربعة مدنيين"),
   ("kidnapped", 1, "exact", "civilian", "women", "o2", False, None, "armed cells", "الصورة الكبيرة", "سيدة"),
   ("killed", 1, "exact", "civilian", "men", None, False, None, "armed cells", "صلخد", "رجل ستيني"),
   ("wounded", 1, "exact", "civilian", None, None, False, None, "armed cells", "صلخد", "نجله"),
   ("kidnapped", 18, "exact", "civilian", None, None, True, None, None, None, "18 حالة")]),
 ("ho5-latakia", "2020-10-14",
  "مسيّرات انتحارية تضرب جبهات ريف اللاذقية الشمالي.. قتيلان من الفصائل",
  "محافظة اللاذقية – المرصد السوري لحقوق الإنسان:: استهدفت قوات النظام بطائرتين مسيرتين انتحاريتين تحصينات للفصائل في محور كبانة بجبل الأكراد، ما أدى لمقتل مقاتلين اثنين من “الحزب الإسلامي التركستاني” وإصابة أربعة آخرين بجراح متفاوتة.\n\n"
  "كما قُتل مساء أمس أحد المتطوعين في صفوف “الدفاع الوطني” برصاص قناص على محور تلال الكبينة في جبل التركمان، وردت قوات النظام بقصف مدفعي بأكثر من 60 قذيفة على قرى المنطقة، دون ورود معلومات عن خسائر بشرية.\n\n"
  "وتعرض محيط مدينة جسر الشغور غربي إدلب لقصف بطائرة مسيرة أسفر عن جرح مدنيَّين اثنين يعملان في قطاف الزيتون.",
  [("killed", 2, "exact", "combatant", None, None, False, "rebel factions", "regime forces", None, "قتيلان"),
   ("killed", 2, "exact", "combatant", None, None, False, "Turkistan Islamic Party", "regime forces", "كبانة", "مقاتلين اثنين"),
   ("wounded", 4, "exact", "combatant", None, None, False, "Turkistan Islamic Party", "regime forces", "كبانة", "أربعة آخرين"),
   ("killed", 1, "exact", "combatant", None, None, False, "NDF", None, "الكبينة", "أحد المتطوعين"),
   ("wounded", 2, "exact", "civilian", None, None, False, None, "regime forces", "جسر الشغور", "مدنيَّين اثنين")]),
 ("ho5-english", "2021-05-09",
  "Car bomb kills 8 in Afrin, including 3 children",
  "SOHR activists reported that a booby-trapped vehicle exploded near a crowded bakery in Afrin city on Sunday morning, killing eight people: five civilians, three of them children, and three members of the Turkish-backed Hamza Division. More than 25 people were wounded, and the toll is expected to rise because several of the injured are in critical condition.\n\n"
  "Separately, two shepherds went missing near Tal Rifaat after an explosion; their fate remains unknown. Since the beginning of 2021, SOHR has documented 46 people killed by car bombs and IEDs in the areas controlled by Turkish-backed factions, among them 29 civilians.",
  [("killed", 8, "exact", "unknown", None, None, False, None, None, None, "kills 8"),
   ("killed", 3, "exact", "civilian", "children", "o1", False, None, None, None, "3 children"),
   ("killed", 8, "exact", "unknown", None, None, False, None, None, "عفرين", "eight people"),
   ("killed", 5, "exact", "civilian", None, "o3", False, None, None, "عفرين", "five civilians"),
   ("killed", 3, "exact", "civilian", "children", "o4", False, None, None, "عفرين", "three of them children"),
   ("killed", 3, "exact", "combatant", None, "o3", False, "Turkey-backed factions", None, "عفرين", "three members"),
   ("wounded", 25, "more_than", "civilian", None, None, False, None, None, "عفرين", "More than 25 people"),
   ("missing", 2, "exact", "civilian", None, None, False, None, None, "تل رفعت", "two shepherds"),
   ("killed", 46, "exact", "unknown", None, None, True, None, None, None, "46 people"),
   ("killed", 29, "exact", "civilian", None, "o9", True, None, None, None, "29 civilians")]),
]


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    with (HERE / "bulletins.jsonl").open("w", encoding="utf-8") as f:
        for bid, published, title, body, obs in SPEC:
            f.write(json.dumps({"id": bid, "title": title, "body": body,
                                "published": published}, ensure_ascii=False) + "\n")
            rows = [{"id": f"o{i}", **dict(zip(K, o, strict=True))}
                    for i, o in enumerate(obs, start=1)]
            text = title + "\n\n" + body
            for r in rows:
                assert r["evidence"] in text, (bid, r["evidence"])
            (gold_dir / f"{bid}.json").write_text(json.dumps(
                {"bulletin": bid, "published": published, "observations": rows},
                ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
