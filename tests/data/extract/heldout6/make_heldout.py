# ruff: noqa: E501  (the bulletins and their gold rows are data, one per line)
"""Writes held-out batch 6 (bulletins.jsonl) and its gold (gold/*.json) from SPEC.

Written blind to the extractor: daily tolls, monthly statistics, battle running totals,
IEDs and assassinations, torture in detention, kidnappings, border shootings, Israeli
strikes, Badia cell attacks, bodies found, drowned migrants and one English bulletin.
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
 ("ho6-daily-toll", "2021-03-08",
  "حصيلة يوم أمس: 27 قتيلاً بينهم 9 مدنيين في عدة محافظات سورية",
  "رصد المرصد السوري لحقوق الإنسان مقتل ٢٧ شخصاً في مناطق سورية متفرقة يوم أمس الأحد، هم 9 مدنيين بينهم 3 أطفال وسيدة، و18 من العسكريين والمسلحين من مختلف الأطراف.\n\n"
  "ففي محافظة درعا، قتل مواطن برصاص مسلحين مجهولين في مدينة طفس، فيما عثر على جثة شاب مقتولاً بطلق ناري قرب بلدة المزيريب. وفي إدلب، قضى طفلان اثنان وسيدة جراء قصف مدفعي لقوات النظام على بلدة كنصفرة بجبل الزاوية، وقد قضى المواطنون الثلاثة داخل منزلهم، بينما قتل عنصران من هيئة تحرير الشام برصاص قناص على محور الفطيرة.\n\n"
  "وفي دير الزور، قتل 4 من عناصر قسد بهجوم لخلايا التنظيم على حاجز في بلدة الشحيل، كما قضى مدنيان اثنان أحدهما طفل بانفجار لغم من مخلفات الحرب في بادية الميادين، وفي ريف دمشق قضى مواطنان متأثرين بجراح أصيبا بها قبل أيام في بلدة كناكر. أما في حلب، فقد قتل عنصر من الفصائل الموالية لتركيا وأصيب 3 آخرون باستهداف من قبل مجلس منبج العسكري على محور عون الدادات.\n\n"
  "وفي حماة وحمص، قتل 11 من قوات النظام والمسلحين الموالين لها، بينهم ضابطان برتبة ملازم، في هجمات لخلايا التنظيم في بادية السخنة وأثريا التي تبعد نحو 60 كيلومتراً عن مدينة حمص.",
  [("killed", 27, "exact", "unknown", None, None, False, None, None, None, "27 قتيلاً"),
   ("killed", 9, "exact", "civilian", None, "o1", False, None, None, None, "بينهم 9 مدنيين في عدة"),
   ("killed", 27, "exact", "unknown", None, None, False, None, None, None, "مقتل ٢٧ شخصاً"),
   ("killed", 9, "exact", "civilian", None, "o3", False, None, None, None, "هم 9 مدنيين"),
   ("killed", 3, "exact", "civilian", "children", "o4", False, None, None, None, "بينهم 3 أطفال"),
   ("killed", 1, "exact", "civilian", "women", "o4", False, None, None, None, "وسيدة، و18"),
   ("killed", 18, "exact", "combatant", None, "o3", False, None, None, None, "و18 من العسكريين"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "unknown gunmen", "طفس", "قتل مواطن برصاص"),
   ("killed", 1, "exact", "civilian", None, None, False, None, None, "المزيريب", "جثة شاب"),
   ("killed", 2, "exact", "civilian", "children", None, False, None, "regime forces", "كنصفرة", "قضى طفلان اثنان"),
   ("killed", 1, "exact", "civilian", "women", None, False, None, "regime forces", "كنصفرة", "وسيدة جراء قصف"),
   ("killed", 3, "exact", "civilian", None, None, False, None, "regime forces", "كنصفرة", "المواطنون الثلاثة"),
   ("killed", 2, "exact", "combatant", None, None, False, "HTS", "regime forces", "الفطيرة", "عنصران من هيئة تحرير الشام"),
   ("killed", 4, "exact", "combatant", None, None, False, "SDF", "ISIS cells", "الشحيل", "قتل 4 من عناصر قسد"),
   ("killed", 2, "exact", "civilian", None, None, False, None, None, "بادية الميادين", "مدنيان اثنان"),
   ("killed", 1, "exact", "civilian", "children", "o15", False, None, None, "بادية الميادين", "أحدهما طفل"),
   ("killed", 2, "exact", "civilian", None, None, False, None, None, "كناكر", "قضى مواطنان"),
   ("killed", 1, "exact", "combatant", None, None, False, "Turkish-backed factions", "Manbij Military Council", "عون الدادات", "قتل عنصر من الفصائل"),
   ("wounded", 3, "exact", "combatant", None, None, False, "Turkish-backed factions", "Manbij Military Council", "عون الدادات", "وأصيب 3 آخرون"),
   ("killed", 11, "exact", "combatant", None, None, False, "regime forces and allied militias", "ISIS cells", None, "قتل 11 من قوات النظام"),
   ("killed", 2, "exact", "combatant", "officers", "o20", False, "regime forces", "ISIS cells", None, "ضابطان برتبة ملازم")]),
 ("ho6-monthly-stats", "2019-09-01",
  "المرصد السوري يوثق مقتل أكثر من 1100 شخص على الأراضي السورية خلال شهر آب/أغسطس",
  "وثق المرصد السوري لحقوق الإنسان، منذ الأول من شهر آب/أغسطس ٢٠١٩ وحتى منتصف ليل الـ ٣١ منه، مقتل ١١٥٤ شخصاً في مختلف المحافظات السورية، وتوزعت الحصيلة على النحو الآتي:\n\n"
  "٤١٢ مدنياً، بينهم ٩٧ طفلاً دون سن الثامنة عشرة و٦١ مواطنة فوق سن الـ ١٨، ومن ضمن المدنيين ٢٣٨ موطناً قضوا بقصف طائرات النظام والطائرات الروسية، بينهم ٥٤ طفلاً، و٢٣ مدنياً فارقوا الحياة تحت التعذيب في سجون النظام ومعتقلاته.\n\n"
  "و٢٦٧ من عناصر قوات النظام والمسلحين الموالين لها من جنسيات سورية، بينهم ٣١ ضابطاً، إضافة إلى ١٩ من عناصر الميليشيات الموالية لإيران من جنسيات غير سورية، و٣٨٨ مقاتلاً من الفصائل المقاتلة والإسلامية والجهاديين، منهم ١٧٦ من هيئة تحرير الشام والتنظيمات الجهادية و٢١٢ من الفصائل، و٤٤ من عناصر تنظيم “الدولة الإسلامية”، و١٧ من قوات سوريا الديمقراطية، و٧ مجهولي الهوية.\n\n"
  "كما أصيب حوالي ١٨٠٠ شخص بجراح متفاوتة الخطورة، في حين نفذت الطائرات الحربية قرابة ٢٤٠٠ غارة على ٤ محافظات خلال الشهر ذاته.",
  [("killed", 1100, "more_than", "unknown", None, None, True, None, None, None, "أكثر من 1100 شخص"),
   ("killed", 1154, "exact", "unknown", None, None, True, None, None, None, "مقتل ١١٥٤ شخصاً"),
   ("killed", 412, "exact", "civilian", None, "o2", True, None, None, None, "٤١٢ مدنياً"),
   ("killed", 97, "exact", "civilian", "children", "o3", True, None, None, None, "٩٧ طفلاً دون سن الثامنة عشرة"),
   ("killed", 61, "exact", "civilian", "women", "o3", True, None, None, None, "٦١ مواطنة"),
   ("killed", 238, "exact", "civilian", None, "o3", True, None, "regime and Russian air forces", None, "٢٣٨ موطناً"),
   ("killed", 54, "exact", "civilian", "children", "o6", True, None, "regime and Russian air forces", None, "٥٤ طفلاً"),
   ("killed", 23, "exact", "civilian", "detainees", "o3", True, None, "regime forces", None, "٢٣ مدنياً فارقوا الحياة"),
   ("killed", 267, "exact", "combatant", None, "o2", True, "regime forces and allied militias", None, None, "٢٦٧ من عناصر قوات النظام"),
   ("killed", 31, "exact", "combatant", "officers", "o9", True, "regime forces", None, None, "٣١ ضابطاً"),
   ("killed", 19, "exact", "combatant", None, "o2", True, "Iran-backed militias", None, None, "١٩ من عناصر الميليشيات"),
   ("killed", 388, "exact", "combatant", None, "o2", True, "rebel and Islamic factions and jihadists", None, None, "٣٨٨ مقاتلاً"),
   ("killed", 176, "exact", "combatant", None, "o12", True, "HTS and jihadist groups", None, None, "١٧٦ من هيئة تحرير الشام"),
   ("killed", 212, "exact", "combatant", None, "o12", True, "rebel factions", None, None, "٢١٢ من الفصائل"),
   ("killed", 44, "exact", "combatant", None, "o2", True, "ISIS", None, None, "٤٤ من عناصر تنظيم"),
   ("killed", 17, "exact", "combatant", None, "o2", True, "SDF", None, None, "١٧ من قوات سوريا الديمقراطية"),
   ("killed", 7, "exact", "unknown", None, "o2", True, None, None, None, "٧ مجهولي الهوية"),
   ("wounded", 1800, "about", "unknown", None, None, True, None, None, None, "حوالي ١٨٠٠ شخص")]),
 ("ho6-saraqib-battle", "2020-02-10",
  "ارتفاع حصيلة قتلى معارك ريف إدلب الشرقي إلى 409 منذ مطلع الهجوم",
  "تتواصل الاشتباكات العنيفة على محاور في محيط مدينة سراقب وقرى النيرب وآفس بريف إدلب الشرقي، بين قوات النظام المدعومة بالطائرات الروسية من جهة، والفصائل وهيئة تحرير الشام من جهة أخرى، وسط قصف مكثف بأكثر من 300 قذيفة صاروخية ومدفعية، و45 غارة جوية منذ فجر اليوم، وسقوط عشرات القتلى والجرحى في صفوف الطرفين.\n\n"
  "وأسفرت الاشتباكات خلال الساعات الـ 12 الفائتة عن مقتل 14 عنصراً على الأقل من قوات النظام، ونحو 20 من مقاتلي الفصائل، بينهم 6 من الحزب الإسلامي التركستاني.\n\n"
  "وبذلك يرتفع إلى 409 عدد الذين قتلوا منذ بدء الهجوم في الـ 24 من كانون الثاني/يناير الفائت، هم 186 من قوات النظام والمسلحين الموالين لها بينهم 12 ضابطاً، و223 من الفصائل والجهاديين، بينهم 97 من هيئة تحرير الشام و41 من جنسيات غير سورية.\n\n"
  "كما أسرت الفصائل ثلاثة عناصر من قوات النظام، بينما لا يزال مصير عدد من المقاتلين مجهولاً. في المقابل، لم ترد معلومات عن خسائر بشرية جراء سقوط قذائف على مدينة إدلب.",
  [("killed", 409, "exact", "unknown", None, None, True, None, None, None, "إلى 409 منذ مطلع الهجوم"),
   ("killed", None, "dozens", "combatant", None, None, False, None, None, None, "عشرات القتلى والجرحى"),
   ("wounded", None, "dozens", "combatant", None, None, False, None, None, None, "عشرات القتلى والجرحى"),
   ("killed", 14, "at_least", "combatant", None, None, False, "regime forces", "HTS and factions", None, "مقتل 14 عنصراً على الأقل"),
   ("killed", 20, "about", "combatant", None, None, False, "rebel factions", "regime forces", None, "نحو 20 من مقاتلي الفصائل"),
   ("killed", 6, "exact", "combatant", None, "o5", False, "Turkistan Islamic Party", "regime forces", None, "6 من الحزب الإسلامي التركستاني"),
   ("killed", 409, "exact", "unknown", None, None, True, None, None, None, "يرتفع إلى 409 عدد الذين قتلوا"),
   ("killed", 186, "exact", "combatant", None, "o7", True, "regime forces and allied militias", None, None, "186 من قوات النظام"),
   ("killed", 12, "exact", "combatant", "officers", "o8", True, "regime forces", None, None, "12 ضابطاً"),
   ("killed", 223, "exact", "combatant", None, "o7", True, "factions and jihadists", None, None, "223 من الفصائل"),
   ("killed", 97, "exact", "combatant", None, "o10", True, "HTS", None, None, "97 من هيئة تحرير الشام"),
   ("killed", 41, "exact", "combatant", "foreign fighters", "o10", True, "jihadists", None, None, "41 من جنسيات غير سورية"),
   ("captured", 3, "exact", "combatant", None, None, False, "regime forces", "rebel factions", None, "ثلاثة عناصر من قوات النظام"),
   ("missing", None, "several", "combatant", None, None, False, None, None, None, "عدد من المقاتلين")]),
 ("ho6-daraa-ied", "2022-06-15",
  "درعا: مقتل أربعة أشخاص بينهم طفل بانفجار عبوة ناسفة واغتيال قيادي سابق",
  "محافظة درعا – المرصد السوري لحقوق الإنسان: انفجرت عبوة ناسفة زرعها مجهولون على الطريق الواصل بين بلدتي اليادودة والمزيريب بريف درعا الغربي، أثناء مرور سيارة مدنية، ما أدى لمقتل ثلاثة مواطنين من عائلة واحدة، هم رجل وزوجته وابنهما البالغ من العمر 9 أعوام.\n\n"
  "وفي سياق متصل، اغتال مسلحون مجهولون قيادياً سابقاً في فصائل “التسوية” برصاص مباشر في مدينة جاسم، بعد أن كان قد نجا من محاولة اغتيال قبل 3 أشهر. كما أصيب شابان بجراح خطرة باستهداف مسلح في بلدة الحراك.\n\n"
  "وبذلك، يرتفع إلى 287 عدد الذين قتلوا بعمليات اغتيال ومحاولات اغتيال منذ مطلع العام الجاري في محافظة درعا، وهم: 164 مدنياً بينهم ١٢ طفلاً و9 سيدات، و98 من المقاتلين السابقين في الفصائل ممن أجروا “تسويات”، و25 من قوات النظام والمتعاونين معها، في حين نجا نحو 60 آخرين من محاولات الاغتيال.",
  [("killed", 4, "exact", "unknown", None, None, False, None, None, "درعا", "مقتل أربعة أشخاص"),
   ("killed", 1, "exact", "civilian", "children", "o1", False, None, None, "درعا", "بينهم طفل"),
   ("killed", 3, "exact", "civilian", "family", None, False, None, "unknown (IED)", None, "لمقتل ثلاثة مواطنين"),
   ("killed", 1, "exact", "civilian", "men", "o3", False, None, "unknown (IED)", None, "هم رجل"),
   ("killed", 1, "exact", "civilian", "women", "o3", False, None, "unknown (IED)", None, "وزوجته"),
   ("killed", 1, "exact", "civilian", "children", "o3", False, None, "unknown (IED)", None, "وابنهما البالغ من العمر 9 أعوام"),
   ("killed", 1, "exact", "combatant", "commanders", None, False, "former settlement factions", "unknown gunmen", "جاسم", "قيادياً سابقاً"),
   ("wounded", 2, "exact", "civilian", None, None, False, None, "unknown gunmen", "الحراك", "أصيب شابان"),
   ("killed", 287, "exact", "unknown", None, None, True, None, None, "درعا", "يرتفع إلى 287 عدد"),
   ("killed", 164, "exact", "civilian", None, "o9", True, None, None, "درعا", "164 مدنياً"),
   ("killed", 12, "exact", "civilian", "children", "o10", True, None, None, "درعا", "١٢ طفلاً"),
   ("killed", 9, "exact", "civilian", "women", "o10", True, None, None, "درعا", "و9 سيدات"),
   ("killed", 98, "exact", "combatant", None, "o9", True, "former settlement fighters", None, "درعا", "98 من المقاتلين السابقين"),
   ("killed", 25, "exact", "combatant", None, "o9", True, "regime forces and collaborators", None, "درعا", "25 من قوات النظام")]),
 ("ho6-torture", "2016-04-12",
  "وفاة 3 معتقلين تحت التعذيب في سجون النظام بينهم شاب من داريا",
  "علم المرصد السوري لحقوق الإنسان من مصادر موثوقة أن ثلاثة معتقلين فارقوا الحياة تحت التعذيب داخل أقبية فرع الأمن العسكري في دمشق، أحدهم شاب من مدينة داريا كان قد اعتقل عند حاجز على أطراف المدينة قبل نحو عامين، والآخران من بلدة الحولة بريف حمص الشمالي، وجرى إبلاغ ذويهم بوفاتهم دون تسليم جثثهم.\n\n"
  "ويرتفع بذلك إلى 14573 عدد المعتقلين الذين وثق المرصد السوري وفاتهم داخل سجون النظام منذ انطلاقة الثورة، بينهم 102 طفل و56 مواطنة، في حين علم المرصد أن أعداد من فارقوا الحياة في المعتقلات أكثر من 60 ألفاً.\n\n"
  "وفي سياق منفصل، أفرجت السلطات عن حوالي 40 معتقلاً من سجن حماة المركزي، بعد قضاء بعضهم أكثر من 5 سنوات دون محاكمة، بينما لا يزال مئات المعتقلين مجهولي المصير.",
  [("killed", 3, "exact", "civilian", "detainees", None, False, None, "regime forces", None, "وفاة 3 معتقلين"),
   ("killed", 1, "exact", "civilian", "men", "o1", False, None, "regime forces", "داريا", "بينهم شاب من داريا"),
   ("killed", 3, "exact", "civilian", "detainees", None, False, None, "regime forces", "دمشق", "ثلاثة معتقلين فارقوا الحياة"),
   ("killed", 1, "exact", "civilian", "men", "o3", False, None, "regime forces", "داريا", "أحدهم شاب"),
   ("killed", 2, "exact", "civilian", None, "o3", False, None, "regime forces", "الحولة", "والآخران من بلدة الحولة"),
   ("killed", 14573, "exact", "civilian", "detainees", None, True, None, "regime forces", None, "إلى 14573 عدد المعتقلين"),
   ("killed", 102, "exact", "civilian", "children", "o6", True, None, "regime forces", None, "102 طفل"),
   ("killed", 56, "exact", "civilian", "women", "o6", True, None, "regime forces", None, "56 مواطنة"),
   ("killed", 60000, "more_than", "civilian", "detainees", None, True, None, "regime forces", None, "أكثر من 60 ألفاً"),
   ("missing", None, "hundreds", "civilian", "detainees", None, False, None, "regime forces", None, "مئات المعتقلين مجهولي المصير")]),
 ("ho6-afrin-kidnap", "2018-07-23",
  "عفرين: الفصائل الموالية لتركيا تختطف 11 مواطناً خلال 48 ساعة وتفرج عن اثنين مقابل فدية",
  "رصد المرصد السوري لحقوق الإنسان إقدام عناصر من فصيل “الحمزات” على اختطاف 7 مواطنين من أهالي قرية كفرصفرة التابعة لناحية جنديرس، بينهم سيدتان ورجل مسن يبلغ من العمر 70 عاماً، واقتيادهم إلى جهة مجهولة، وأصيب مواطن برصاص عناصر الفصيل أثناء محاولته منع اختطاف ابنه.\n\n"
  "كما اختطف عناصر من فصيل “العمشات” 4 آخرين من قرية كوتانا بناحية معبطلي، اثنان منهم شقيقان. وأفرجت الفصائل عن مواطنين اثنين من المختطفين بعد دفع ذويهم فدية مالية بلغت 3000 دولار أمريكي عن كل منهما.\n\n"
  "ويرتفع بذلك إلى أكثر من 640 عدد المختطفين الذين وثقهم المرصد السوري في منطقة عفرين منذ مطلع العام، أفرج عن قرابة 300 منهم، في حين لا يزال مصير العشرات مجهولاً حتى اللحظة.",
  [("kidnapped", 11, "exact", "civilian", None, None, True, None, "Turkish-backed factions", "عفرين", "تختطف 11 مواطناً"),
   ("kidnapped", 7, "exact", "civilian", None, None, False, None, "Hamzat division", "كفرصفرة", "اختطاف 7 مواطنين"),
   ("kidnapped", 2, "exact", "civilian", "women", "o2", False, None, "Hamzat division", "كفرصفرة", "بينهم سيدتان"),
   ("kidnapped", 1, "exact", "civilian", "elderly", "o2", False, None, "Hamzat division", "كفرصفرة", "ورجل مسن"),
   ("wounded", 1, "exact", "civilian", None, None, False, None, "Hamzat division", "كفرصفرة", "وأصيب مواطن"),
   ("kidnapped", 4, "exact", "civilian", None, None, False, None, "Amshat division", "كوتانا", "4 آخرين من قرية كوتانا"),
   ("kidnapped", 2, "exact", "civilian", "family", "o6", False, None, "Amshat division", "كوتانا", "اثنان منهم شقيقان"),
   ("kidnapped", 640, "more_than", "civilian", None, None, True, None, "Turkish-backed factions", "عفرين", "أكثر من 640 عدد المختطفين"),
   ("missing", None, "dozens", "civilian", None, None, True, None, "Turkish-backed factions", "عفرين", "مصير العشرات مجهولاً")]),
 ("ho6-border-jandarma", "2021-10-04",
  "الجندرما التركية تقتل شاباً وتصيب 5 آخرين أثناء محاولتهم العبور إلى أراضيها",
  "استشهد شاب من أبناء محافظة دير الزور برصاص قوات حرس الحدود التركي “الجندرما”، أثناء محاولته اجتياز الحدود من محيط بلدة دركوش غربي إدلب، بينما أصيب 5 آخرون بينهم طفلة، جرى نقلهم إلى مشفى في المنطقة.\n\n"
  "كما أصيب 3 شبان بجروح ورضوض جراء تعرضهم للضرب المبرح على يد عناصر الجندرما قبل إعادتهم إلى الأراضي السورية، ليصل عدد الجرحى بنيران حرس الحدود وضربهم إلى 8 خلال يومين.\n\n"
  "وبذلك، يرتفع إلى 511 عدد المدنيين الذين استشهدوا برصاص الجندرما منذ بدء الثورة السورية في آذار/مارس 2011، بينهم 95 طفلاً دون سن الـ 18، و58 مواطنة. وتمتد الحدود السورية-التركية على مسافة تزيد عن 900 كيلومتر، فيما أقامت تركيا جداراً عازلاً بارتفاع 3 أمتار على معظم أجزائها.",
  [("killed", 1, "exact", "civilian", None, None, False, None, "Turkish border guards", "دركوش", "تقتل شاباً"),
   ("wounded", 5, "exact", "civilian", None, None, False, None, "Turkish border guards", "دركوش", "تصيب 5 آخرين"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "Turkish border guards", "دركوش", "استشهد شاب"),
   ("wounded", 5, "exact", "civilian", None, None, False, None, "Turkish border guards", "دركوش", "أصيب 5 آخرون"),
   ("wounded", 1, "exact", "civilian", "children", "o4", False, None, "Turkish border guards", "دركوش", "بينهم طفلة"),
   ("wounded", 3, "exact", "civilian", None, None, False, None, "Turkish border guards", None, "أصيب 3 شبان"),
   ("wounded", 8, "exact", "civilian", None, None, True, None, "Turkish border guards", None, "إلى 8 خلال يومين"),
   ("killed", 511, "exact", "civilian", None, None, True, None, "Turkish border guards", None, "يرتفع إلى 511 عدد المدنيين"),
   ("killed", 95, "exact", "civilian", "children", "o8", True, None, "Turkish border guards", None, "95 طفلاً"),
   ("killed", 58, "exact", "civilian", "women", "o8", True, None, "Turkish border guards", None, "58 مواطنة")]),
 ("ho6-israeli-strikes", "2023-06-14",
  "ضربات إسرائيلية على مواقع في ريف دمشق وحمص توقع 7 قتلى من الميليشيات الإيرانية",
  "استهدفت الطائرات الإسرائيلية بعد منتصف ليل أمس بـ 12 صاروخاً على الأقل، مواقع ومستودعات أسلحة للميليشيات الموالية لإيران في محيط مطار الضمير العسكري بريف دمشق، ومنطقة القصير بريف حمص الجنوبي الغربي، ما أدى لمقتل 7 عناصر من الميليشيات الإيرانية، بينهم 4 من الجنسية السورية واثنان من حزب الله اللبناني، والسابع مجهول الجنسية، وإصابة ما لا يقل عن 9 آخرين بجراح، بعضهم في حالة خطرة.\n\n"
  "وتمكنت الدفاعات الجوية التابعة للنظام من إسقاط بعض الصواريخ، بينما سقطت شظايا صاروخ في أحد البساتين دون ورود معلومات عن خسائر بشرية.\n\n"
  "ووثق المرصد السوري منذ مطلع العام الجاري 2023، 26 مرة استهدفت فيها إسرائيل الأراضي السورية، أسفرت عن مقتل 61 من العسكريين، هم 17 من قوات النظام، و44 من الميليشيات الموالية لإيران وحزب الله، فيما قضى 4 مدنيين بينهم سيدة.",
  [("killed", 7, "exact", "combatant", None, None, False, "Iran-backed militias", "Israel", None, "توقع 7 قتلى"),
   ("killed", 7, "exact", "combatant", None, None, False, "Iran-backed militias", "Israel", None, "لمقتل 7 عناصر"),
   ("killed", 4, "exact", "combatant", None, "o2", False, "Iran-backed militias", "Israel", None, "4 من الجنسية السورية"),
   ("killed", 2, "exact", "combatant", None, "o2", False, "Hezbollah", "Israel", None, "واثنان من حزب الله"),
   ("killed", 1, "exact", "combatant", None, "o2", False, "Iran-backed militias", "Israel", None, "والسابع مجهول الجنسية"),
   ("wounded", 9, "at_least", "combatant", None, None, False, "Iran-backed militias", "Israel", None, "ما لا يقل عن 9 آخرين"),
   ("killed", 61, "exact", "combatant", None, None, True, None, "Israel", None, "مقتل 61 من العسكريين"),
   ("killed", 17, "exact", "combatant", None, "o7", True, "regime forces", "Israel", None, "17 من قوات النظام"),
   ("killed", 44, "exact", "combatant", None, "o7", True, "Iran-backed militias and Hezbollah", "Israel", None, "و44 من الميليشيات"),
   ("killed", 4, "exact", "civilian", None, None, True, None, "Israel", None, "قضى 4 مدنيين"),
   ("killed", 1, "exact", "civilian", "women", "o10", True, None, "Israel", None, "بينهم سيدة")]),
 ("ho6-badia-cells", "2022-02-27",
  "هجوم لخلايا التنظيم في بادية الرصافة يقتل 9 من الميليشيات الموالية للنظام ويأسر اثنين",
  "شنت خلايا تنظيم “الدولة الإسلامية” هجوماً عنيفاً فجر اليوم على مواقع لميليشيا “لواء القدس” في بادية الرصافة جنوب غرب الرقة، شارك فيه قرابة 30 عنصراً يستقلون دراجات نارية وسيارات رباعية الدفع، ما أسفر عن مقتل 9 من عناصر الميليشيا بينهم قائد مجموعة، وإصابة عدة آخرين، وأسر عنصرين اثنين، فيما فقد الاتصال بعدد من العناصر الآخرين.\n\n"
  "بالمقابل، قتل 3 من عناصر التنظيم بقصف جوي روسي استهدفهم خلال انسحابهم نحو عمق البادية، حيث نفذت الطائرات الروسية أكثر من 25 غارة على المنطقة. وعلى صعيد متصل، قتل راعي أغنام وأصيب ابنه بانفجار لغم أرضي من مخلفات التنظيم في بادية السخنة شرقي حمص.\n\n"
  "وبذلك، يرتفع إلى 103 عدد قتلى قوات النظام والميليشيات الموالية لها في البادية السورية منذ مطلع العام، يضاف إليهم 38 من عناصر التنظيم، و14 مدنياً من رعاة الأغنام وجامعي الكمأة.",
  [("killed", 9, "exact", "combatant", None, None, False, "Liwa al-Quds", "ISIS cells", "بادية الرصافة", "يقتل 9 من الميليشيات"),
   ("captured", 2, "exact", "combatant", None, None, False, "Liwa al-Quds", "ISIS cells", "بادية الرصافة", "ويأسر اثنين"),
   ("killed", 9, "exact", "combatant", None, None, False, "Liwa al-Quds", "ISIS cells", "بادية الرصافة", "مقتل 9 من عناصر الميليشيا"),
   ("killed", 1, "exact", "combatant", "commanders", "o3", False, "Liwa al-Quds", "ISIS cells", "بادية الرصافة", "بينهم قائد مجموعة"),
   ("wounded", None, "several", "combatant", None, None, False, "Liwa al-Quds", "ISIS cells", "بادية الرصافة", "عدة آخرين"),
   ("captured", 2, "exact", "combatant", None, None, False, "Liwa al-Quds", "ISIS cells", "بادية الرصافة", "وأسر عنصرين اثنين"),
   ("missing", None, "several", "combatant", None, None, False, "Liwa al-Quds", None, "بادية الرصافة", "بعدد من العناصر الآخرين"),
   ("killed", 3, "exact", "combatant", None, None, False, "ISIS", "Russian air force", None, "قتل 3 من عناصر التنظيم"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "ISIS (landmine)", "بادية السخنة", "قتل راعي أغنام"),
   ("wounded", 1, "exact", "civilian", None, None, False, None, "ISIS (landmine)", "بادية السخنة", "وأصيب ابنه"),
   ("killed", 103, "exact", "combatant", None, None, True, "regime forces and allied militias", "ISIS cells", "البادية السورية", "يرتفع إلى 103 عدد قتلى"),
   ("killed", 38, "exact", "combatant", None, None, True, "ISIS", None, "البادية السورية", "38 من عناصر التنظيم"),
   ("killed", 14, "exact", "civilian", None, None, True, None, None, "البادية السورية", "14 مدنياً من رعاة")]),
 ("ho6-bodies-found", "2019-03-18",
  "العثور على رفات 35 شخصاً في مقبرة جماعية جديدة بريف الرقة",
  "عثرت فرق الاستجابة الأولية العاملة في محافظة الرقة على مقبرة جماعية جديدة في منطقة حديقة البانوراما على أطراف مدينة الرقة، وجرى انتشال رفات ما لا يقل عن 35 جثة، بينها جثث لأطفال ونساء، يعتقد أن أصحابها قضوا خلال فترة سيطرة تنظيم “الدولة الإسلامية” على المدينة، ويأتي ذلك بعد انتشال أكثر من 200 جثة من مقبرة الفخيخة القريبة خلال الأسبوعين الماضيين. وبذلك بلغ عدد الجثث التي انتشلت من 28 مقبرة جماعية في الرقة وريفها منذ مطلع العام 2018 قرابة 5200 جثة.\n\n"
  "وفي ريف دير الزور، عثر الأهالي على جثتي شابين مقتولين بالرصاص وعليهما آثار تعذيب في البادية التابعة لبلدة الكشكية، أحدهما من أبناء البلدة والأخير من قرية أبو حمام، فيما لا يزال 3 من أبناء الكشكية مفقودين منذ خروجهم لرعي الأغنام قبل 4 أيام. كما عثر على جثة طفل عمره 12 عاماً غرقاً في نهر الفرات قرب بلدة الشحيل.\n\n"
  "ووثق المرصد السوري خلال الشهر الجاري العثور على 19 جثة مجهولة الهوية في مناطق متفرقة من ريف دير الزور، بينها 6 جثث لعناصر من قوات سوريا الديمقراطية.",
  [("killed", 35, "exact", "unknown", None, None, False, None, "ISIS", "الرقة", "رفات 35 شخصاً"),
   ("killed", 35, "at_least", "unknown", None, None, False, None, "ISIS", "الرقة", "ما لا يقل عن 35 جثة"),
   ("killed", 200, "more_than", "unknown", None, None, False, None, "ISIS", "الفخيخة", "أكثر من 200 جثة"),
   ("killed", 5200, "about", "unknown", None, None, True, None, "ISIS", "الرقة", "قرابة 5200 جثة"),
   ("killed", 2, "exact", "civilian", None, None, False, None, None, "الكشكية", "جثتي شابين"),
   ("killed", 1, "exact", "civilian", None, "o5", False, None, None, "الكشكية", "أحدهما من أبناء البلدة"),
   ("killed", 1, "exact", "civilian", None, "o5", False, None, None, "أبو حمام", "والأخير من قرية أبو حمام"),
   ("missing", 3, "exact", "civilian", None, None, False, None, None, "الكشكية", "3 من أبناء الكشكية مفقودين"),
   ("killed", 1, "exact", "civilian", "children", None, False, None, None, "الشحيل", "جثة طفل عمره 12 عاماً"),
   ("killed", 19, "exact", "unknown", None, None, True, None, None, "ريف دير الزور", "19 جثة مجهولة الهوية"),
   ("killed", 6, "exact", "combatant", None, "o10", True, "SDF", None, "ريف دير الزور", "6 جثث لعناصر")]),
 ("ho6-tartus-boat", "2022-09-24",
  "غرق مركب قبالة سواحل طرطوس: انتشال 94 جثة لمهاجرين بينهم سوريون ولبنانيون وفلسطينيون",
  "ارتفعت حصيلة ضحايا غرق مركب المهاجرين الذي انطلق من شمال لبنان قبالة سواحل جزيرة أرواد في طرطوس إلى 94 شخصاً، بينهم 24 طفلاً وطفلة و17 امرأة، وذلك بعد انتشال مزيد من الجثث خلال الساعات الماضية. وأنقذت فرق الإنقاذ 20 شخصاً نقلوا إلى مشفى الباسل بطرطوس، فيما لا يزال العشرات في عداد المفقودين، إذ تشير المعلومات إلى أن المركب كان يحمل ما بين 120 و150 راكباً.\n\n"
  "ومن بين الضحايا 31 سورياً على الأقل، ينحدر معظمهم من مخيمات اللاجئين في لبنان، و12 من أبناء مخيم نهر البارد.\n\n"
  "وكان المرصد السوري قد وثق غرق 6 مهاجرين سوريين بينهم طفلان قبالة السواحل اليونانية مطلع الشهر الجاري.",
  [("killed", 94, "exact", "civilian", None, None, False, None, None, "طرطوس", "انتشال 94 جثة"),
   ("killed", 94, "exact", "civilian", None, None, True, None, None, "أرواد", "إلى 94 شخصاً"),
   ("killed", 24, "exact", "civilian", "children", "o2", True, None, None, "أرواد", "24 طفلاً وطفلة"),
   ("killed", 17, "exact", "civilian", "women", "o2", True, None, None, "أرواد", "17 امرأة"),
   ("missing", None, "dozens", "civilian", None, None, False, None, None, "أرواد", "العشرات في عداد المفقودين"),
   ("killed", 31, "at_least", "civilian", None, "o2", True, None, None, "أرواد", "31 سورياً على الأقل"),
   ("killed", 12, "exact", "civilian", None, "o2", True, None, None, None, "12 من أبناء مخيم نهر البارد"),
   ("killed", 6, "exact", "civilian", None, None, False, None, None, None, "غرق 6 مهاجرين سوريين"),
   ("killed", 2, "exact", "civilian", "children", "o8", False, None, None, None, "بينهم طفلان")]),
 ("ho6-english-idlib", "2019-05-21",
  "Russian airstrikes kill 16 civilians, including 7 children, in southern Idlib",
  "SOHR activists have documented the death of 16 civilians, including seven children and three women, in Russian airstrikes on Kafr Nubl and Hass in the southern countryside of Idlib since the morning. The death toll is expected to rise as more than 30 people were wounded, some of them seriously. Warplanes carried out at least 40 airstrikes on the area, while regime helicopters dropped 18 barrel bombs on Al-Bara.\n\n"
  "Meanwhile, eleven regime soldiers, including an officer, were killed in clashes with HTS fighters on Al-Nayrab frontline, while nine HTS members were killed.\n\n"
  "Accordingly, the number of people killed since the start of the escalation on April 26 has risen to 1,127, namely 402 civilians, among them 98 children, and 725 fighters from both sides.",
  [("killed", 16, "exact", "civilian", None, None, False, None, "Russian air force", None, "kill 16 civilians"),
   ("killed", 7, "exact", "civilian", "children", "o1", False, None, "Russian air force", None, "including 7 children"),
   ("killed", 16, "exact", "civilian", None, None, False, None, "Russian air force", None, "death of 16 civilians"),
   ("killed", 7, "exact", "civilian", "children", "o3", False, None, "Russian air force", None, "seven children"),
   ("killed", 3, "exact", "civilian", "women", "o3", False, None, "Russian air force", None, "three women"),
   ("wounded", 30, "more_than", "civilian", None, None, False, None, "Russian air force", None, "more than 30 people"),
   ("killed", 11, "exact", "combatant", None, None, False, "regime forces", "HTS", None, "eleven regime soldiers"),
   ("killed", 1, "exact", "combatant", "officers", "o7", False, "regime forces", "HTS", None, "an officer"),
   ("killed", 9, "exact", "combatant", None, None, False, "HTS", "regime forces", None, "nine HTS members"),
   ("killed", 1127, "exact", "unknown", None, None, True, None, None, None, "has risen to 1,127"),
   ("killed", 402, "exact", "civilian", None, "o10", True, None, None, None, "402 civilians"),
   ("killed", 98, "exact", "civilian", "children", "o11", True, None, None, None, "98 children"),
   ("killed", 725, "exact", "combatant", None, "o10", True, None, None, None, "725 fighters")]),
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
