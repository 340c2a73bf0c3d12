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
