# ruff: noqa: E501  (the bulletins and their gold rows are data, one per line)
"""Writes held-out batch 11 (bulletins.jsonl) and its gold (gold/*.json) from SPEC.

Written blind to the extractor, in the manner of SOHR's editors of 2020-2025: the 2020 Idlib
battles, Daraa assassinations, Badia truffle-hunter landmines, the March 2025 coastal
killings, Suwayda in July 2025, monthly and annual tallies, Turkish drones and border guards,
Israeli strikes, a daily toll across governorates, the Tishreen dam front and one English
bulletin.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from heldout_batch import write_batch

SPEC = [
 ("ho11-saraqib-2020", "2020-02-06",
  "معارك سراقب: مقتل 23 من قوات النظام و17 من الفصائل خلال 24 ساعة واستشهاد طفلين بقصف روسي",
  "محافظة إدلب – المرصد السوري لحقوق الإنسان:: تتواصل المعارك العنيفة على محاور مدينة سراقب وريفها الشرقي، بين قوات النظام والمسلحين الموالين لها بدعم جوي روسي من جهة، والفصائل وهيئة تحرير الشام من جهة أخرى، وسط قصف مكثف بأكثر من 300 قذيفة صاروخية ومدفعية منذ منتصف ليل أمس.\n\n"
  "ووثق المرصد السوري خلال الـ 24 ساعة الماضية على محاور سراقب مقتل 23 عنصراً من قوات النظام والمسلحين الموالين لها بينهم ضابطان برتبة ملازم، فيما قتل 17 مقاتلاً من الفصائل، هم 11 من هيئة تحرير الشام بينهم قيادي ميداني، وستة من الجبهة الوطنية للتحرير.\n\n"
  "كما استشهد طفلان شقيقان، عمر أكبرهما 9 سنوات، جراء غارات نفذتها طائرات حربية روسية على بلدة آفس شمال سراقب، وأصيب 4 آخرون من عائلتهما بجروح متفاوتة، فيما نفذت الطائرات الروسية 38 غارة منذ الصباح.\n\n"
  "وفي السياق ذاته، قتل 3 جنود أتراك وأصيب خمسة آخرون بقصف لقوات النظام على نقطة تمركز للقوات التركية في محيط بلدة النيرب، بينما لم تسفر غارات أخرى على مدينة بنش عن خسائر بشرية.\n\n"
  "وبذلك يرتفع إلى 412 عدد عناصر قوات النظام والمسلحين الموالين لها الذين قتلوا منذ بدء العملية العسكرية في ريفي إدلب وحلب في الـ 24 من كانون الثاني/يناير الفائت، بينهم ضباط وعناصر من الميليشيات الروسية، في حين ارتفع عدد قتلى الفصائل وهيئة تحرير الشام إلى 389، من ضمنهم 140 من الهيئة، كما بلغت حصيلة الشهداء المدنيين منذ بدء العملية 173 مدنياً بينهم 46 طفلاً و31 مواطنة.",
  [("killed", 23, "exact", "combatant", None, None, False, "regime forces", "rebel factions and HTS", "سراقب", "مقتل 23 من قوات النظام"),
   ("killed", 17, "exact", "combatant", None, None, False, "rebel factions", "regime forces", "سراقب", "و17 من الفصائل"),
   ("killed", 2, "exact", "civilian", "children", None, False, None, "Russian air force", "آفس", "واستشهاد طفلين"),
   ("killed", 23, "exact", "combatant", None, None, False, "regime forces", "rebel factions and HTS", "سراقب", "مقتل 23 عنصراً من قوات النظام"),
   ("killed", 2, "exact", "combatant", "officers", "o4", False, "regime forces", "rebel factions and HTS", "سراقب", "ضابطان برتبة ملازم"),
   ("killed", 17, "exact", "combatant", None, None, False, "rebel factions", "regime forces", "سراقب", "قتل 17 مقاتلاً من الفصائل"),
   ("killed", 11, "exact", "combatant", None, "o6", False, "HTS", "regime forces", "سراقب", "11 من هيئة تحرير الشام"),
   ("killed", 1, "exact", "combatant", "commanders", "o7", False, "HTS", "regime forces", "سراقب", "بينهم قيادي ميداني"),
   ("killed", 6, "exact", "combatant", None, "o6", False, "National Front for Liberation", "regime forces", "سراقب", "وستة من الجبهة الوطنية للتحرير"),
   ("killed", 2, "exact", "civilian", "children", None, False, None, "Russian air force", "آفس", "استشهد طفلان شقيقان"),
   ("wounded", 4, "exact", "civilian", None, None, False, None, "Russian air force", "آفس", "وأصيب 4 آخرون"),
   ("killed", 3, "exact", "combatant", None, None, False, "Turkish forces", "regime forces", "النيرب", "قتل 3 جنود أتراك"),
   ("wounded", 5, "exact", "combatant", None, None, False, "Turkish forces", "regime forces", "النيرب", "وأصيب خمسة آخرون"),
   ("killed", 412, "exact", "combatant", None, None, True, "regime forces", None, None, "يرتفع إلى 412 عدد عناصر قوات النظام"),
   ("killed", 389, "exact", "combatant", None, None, True, "rebel factions and HTS", None, None, "عدد قتلى الفصائل وهيئة تحرير الشام إلى 389"),
   ("killed", 140, "exact", "combatant", None, "o15", True, "HTS", None, None, "140 من الهيئة"),
   ("killed", 173, "exact", "civilian", None, None, True, None, None, None, "173 مدنياً"),
   ("killed", 46, "exact", "civilian", "children", "o17", True, None, None, None, "46 طفلاً"),
   ("killed", 31, "exact", "civilian", "women", "o17", True, None, None, None, "و31 مواطنة")]),

 ("ho11-daraa-2021", "2021-11-14",
  "اغتيال عنصر في “اللواء الثامن” وانفجار عبوة ناسفة يودي بحياة ثلاثة من “الفرقة الرابعة” في ريف درعا",
  "محافظة درعا – المرصد السوري لحقوق الإنسان:: قتل شاب يبلغ من العمر 27 عاماً، وهو عنصر في “اللواء الثامن” المدعوم روسياً، برصاص مسلحين مجهولين يستقلون دراجة نارية، قرب دوار البلدة في مدينة بصرى الشام بريف درعا الشرقي، مساء أمس.\n\n"
  "كما لقي ثلاثة عناصر من “الفرقة الرابعة” مصرعهم، وأصيب اثنان آخران بجراح خطرة، جراء انفجار عبوة ناسفة زرعها مجهولون على أطراف بلدة المزيريب بريف درعا الغربي، على بعد نحو 2 كلم من حاجز للفرقة.\n\n"
  "وفي مدينة طفس، نجا قيادي سابق في الفصائل من محاولة اغتيال بعد استهداف سيارته بالرصاص، دون أن تسفر عن إصابات.\n\n"
  "وفي سياق منفصل، عثر أهالي بلدة الحراك على جثتي مواطنين اثنين مقتولين بطلقات نارية في الرأس، بعد أيام من اختطافهما على يد مجهولين، فيما لا يزال مصير شاب ثالث مجهولاً.\n\n"
  "وبذلك، ترتفع حصيلة عمليات الاغتيال ومحاولات الاغتيال في محافظة درعا منذ مطلع العام ٢٠٢١ إلى ٣٦٨ عملية، فيما بلغ عدد الذين قتلوا جراءها ٢٧٤ شخصاً، هم: ٨٣ مدنياً بينهم ٦ أطفال وسيدتان، و١٣٦ من عناصر قوات النظام والمتعاونين مع الأجهزة الأمنية، و٤١ من مقاتلي الفصائل الذين أجروا “تسويات”، إضافة إلى ١٤ من عناصر “اللواء الثامن”، وذلك علاوة على ٤ من المنفذين قتلوا خلال محاولات الاغتيال.",
  [("killed", 1, "exact", "combatant", None, None, False, "Eighth Brigade", "unknown gunmen", "بصرى الشام", "اغتيال عنصر"),
   ("killed", 3, "exact", "combatant", None, None, False, "Fourth Division", "IED", "المزيريب", "يودي بحياة ثلاثة"),
   ("killed", 1, "exact", "combatant", None, None, False, "Eighth Brigade", "unknown gunmen", "بصرى الشام", "قتل شاب"),
   ("killed", 3, "exact", "combatant", None, None, False, "Fourth Division", "IED", "المزيريب", "ثلاثة عناصر من “الفرقة الرابعة”"),
   ("wounded", 2, "exact", "combatant", None, None, False, "Fourth Division", "IED", "المزيريب", "وأصيب اثنان آخران"),
   ("killed", 2, "exact", "civilian", None, None, False, None, "unknown gunmen", "الحراك", "جثتي مواطنين اثنين"),
   ("missing", 1, "exact", "civilian", None, None, False, None, "unknown gunmen", "الحراك", "شاب ثالث"),
   ("killed", 274, "exact", "unknown", None, None, True, None, "assassinations", "محافظة درعا", "٢٧٤ شخصاً"),
   ("killed", 83, "exact", "civilian", None, "o8", True, None, "assassinations", "محافظة درعا", "٨٣ مدنياً"),
   ("killed", 6, "exact", "civilian", "children", "o9", True, None, "assassinations", "محافظة درعا", "٦ أطفال"),
   ("killed", 2, "exact", "civilian", "women", "o9", True, None, "assassinations", "محافظة درعا", "وسيدتان"),
   ("killed", 136, "exact", "combatant", None, "o8", True, "regime forces", "assassinations", "محافظة درعا", "١٣٦ من عناصر قوات النظام"),
   ("killed", 41, "exact", "combatant", None, "o8", True, "settled rebel fighters", "assassinations", "محافظة درعا", "٤١ من مقاتلي الفصائل"),
   ("killed", 14, "exact", "combatant", None, "o8", True, "Eighth Brigade", "assassinations", "محافظة درعا", "١٤ من عناصر “اللواء الثامن”"),
   ("killed", 4, "exact", "combatant", None, None, True, "unknown gunmen", None, "محافظة درعا", "٤ من المنفذين")]),

 ("ho11-badia-kamaa-2023", "2023-03-05",
  "مأساة موسم الكمأة مستمرة.. مقتل 9 من جامعي الكمأة بانفجار لغم في بادية السخنة واختطاف آخرين",
  "بادية حمص – المرصد السوري لحقوق الإنسان:: قتل 9 مواطنين من جامعي الكمأة، بينهم سيدة وطفل عمره 13 عاماً، جراء انفجار لغم أرضي من مخلفات الحرب بسيارتهم في بادية السخنة شرقي حمص، فيما أصيب قرابة 6 آخرين بجروح متفاوتة نقلوا إلى مشفى مدينة تدمر.\n\n"
  "وفي بادية الميادين شرقي دير الزور، هاجم عناصر من خلايا تنظيم “الدولة الإسلامية” مجموعة من جامعي الكمأة قرب منطقة الشولا، واقتادوا ما بين 5 و7 منهم إلى جهة مجهولة، بعد أن قتلوا رجلين كانا برفقتهم، كما فقد الاتصال بعدة أشخاص آخرين في المنطقة ذاتها منذ صباح أمس.\n\n"
  "كما قتل عنصران من قوات النظام وجرح ثالث، بهجوم لخلايا التنظيم على نقطة عسكرية في بادية حمص الشرقية، وسط استقدام تعزيزات تضم نحو 20 آلية.\n\n"
  "وبذلك، يرتفع إلى 146 عدد الذين قتلوا خلال بحثهم عن الكمأة منذ مطلع العام الجاري، بينهم 129 مدنياً من ضمنهم 11 طفلاً و8 سيدات، و17 عنصراً من قوات النظام والمسلحين الموالين لها، قضى معظمهم بانفجار ألغام من مخلفات الحرب، في حين تجاوز عدد المصابين 80 شخصاً. ويباع الكيلوغرام الواحد من الكمأة بنحو 150 ألف ليرة سورية.",
  [("killed", 9, "exact", "civilian", None, None, False, None, "landmine (war remnants)", "بادية السخنة", "مقتل 9 من جامعي الكمأة"),
   ("killed", 9, "exact", "civilian", None, None, False, None, "landmine (war remnants)", "بادية السخنة", "قتل 9 مواطنين من جامعي الكمأة"),
   ("killed", 1, "exact", "civilian", "women", "o2", False, None, "landmine (war remnants)", "بادية السخنة", "بينهم سيدة"),
   ("killed", 1, "exact", "civilian", "children", "o2", False, None, "landmine (war remnants)", "بادية السخنة", "وطفل"),
   ("wounded", 6, "about", "civilian", None, None, False, None, "landmine (war remnants)", "بادية السخنة", "قرابة 6 آخرين"),
   ("kidnapped", 5, "at_least", "civilian", None, None, False, None, "IS", "الشولا", "ما بين 5 و7 منهم"),
   ("killed", 2, "exact", "civilian", "men", None, False, None, "IS", "الشولا", "قتلوا رجلين"),
   ("missing", None, "several", "civilian", None, None, False, None, None, "الشولا", "بعدة أشخاص آخرين"),
   ("killed", 2, "exact", "combatant", None, None, False, "regime forces", "IS", "بادية حمص الشرقية", "قتل عنصران من قوات النظام"),
   ("wounded", 1, "exact", "combatant", None, None, False, "regime forces", "IS", "بادية حمص الشرقية", "وجرح ثالث"),
   ("killed", 146, "exact", "unknown", None, None, True, None, None, None, "يرتفع إلى 146 عدد الذين قتلوا"),
   ("killed", 129, "exact", "civilian", None, "o11", True, None, None, None, "129 مدنياً"),
   ("killed", 11, "exact", "civilian", "children", "o12", True, None, None, None, "11 طفلاً"),
   ("killed", 8, "exact", "civilian", "women", "o12", True, None, None, None, "و8 سيدات"),
   ("killed", 17, "exact", "combatant", None, "o11", True, "regime forces and allied militias", None, None, "و17 عنصراً من قوات النظام"),
   ("wounded", 80, "more_than", "unknown", None, None, True, None, None, None, "تجاوز عدد المصابين 80 شخصاً")]),

 ("ho11-coast-2025", "2025-03-09",
  "الحصيلة ترتفع إلى 830 مدنياً.. عمليات تصفية وإعدامات ميدانية في الساحل السوري وجبال اللاذقية",
  "المرصد السوري لحقوق الإنسان:: تتواصل لليوم الثالث على التوالي عمليات التصفية والإعدامات الميدانية بحق مواطنين من الطائفة العلوية في مناطق الساحل السوري، حيث وثق المرصد السوري ارتكاب 3 مجازر جديدة منذ صباح اليوم، راح ضحيتها 52 مدنياً، هم: 31 في مدينة بانياس، و(14) في قرية الصنوبر بريف جبلة، و7 من عائلة واحدة في بلدة القرداحة، من بينهم امرأتان وطفلان، جرت تصفيتهم داخل منزلهم.\n\n"
  "وفي المقابل، قتل 9 عناصر من جهاز الأمن العام ووزارة الدفاع خلال كمائن وهجمات نفذها مسلحون من فلول النظام على حواجز في محيط مدينة جبلة، فيما قتل ما لا يقل عن 11 من المسلحين الموالين للنظام السابق في الاشتباكات، وأسر الأمن العام نحو 30 آخرين، كما سقط عشرات القتلى والجرحى من المدنيين في قرى ريف بانياس لم يتسن للمرصد توثيقهم بالأسماء بعد.\n\n"
  "وبذلك ترتفع الحصيلة الإجمالية للمدنيين الذين جرت تصفيتهم منذ يوم الخميس 6 آذار إلى 830 مدنياً، بعد أن كانت 745 في حصيلة المرصد السوري صباح اليوم، وكان المرصد قد أعلن عن حصيلة أولية بلغت 532 يوم أمس. ومن بين هؤلاء 63 طفلاً و98 امرأة.\n\n"
  "كما ارتفع عدد قتلى عناصر الأمن العام ووزارة الدفاع إلى 231، مقابل 250 من المسلحين الموالين للنظام السابق، لتصبح الحصيلة الإجمالية 1311 قتيلاً. ونزحت أكثر من 2000 عائلة نحو الجبال وقاعدة حميميم الروسية.",
  [("killed", 830, "exact", "civilian", None, None, True, None, None, None, "الحصيلة ترتفع إلى 830 مدنياً"),
   ("killed", 52, "exact", "civilian", None, None, False, None, None, None, "راح ضحيتها 52 مدنياً"),
   ("killed", 31, "exact", "civilian", None, "o2", False, None, None, "بانياس", "31 في مدينة بانياس"),
   ("killed", 14, "exact", "civilian", None, "o2", False, None, None, "الصنوبر", "(14) في قرية الصنوبر"),
   ("killed", 7, "exact", "civilian", "family", "o2", False, None, None, "القرداحة", "و7 من عائلة واحدة"),
   ("killed", 2, "exact", "civilian", "women", "o5", False, None, None, "القرداحة", "امرأتان"),
   ("killed", 2, "exact", "civilian", "children", "o5", False, None, None, "القرداحة", "وطفلان"),
   ("killed", 9, "exact", "combatant", None, None, False, "General Security and Ministry of Defence", "regime remnants", "جبلة", "قتل 9 عناصر من جهاز الأمن العام"),
   ("killed", 11, "at_least", "combatant", None, None, False, "regime remnants", "General Security and Ministry of Defence", "جبلة", "ما لا يقل عن 11 من المسلحين الموالين للنظام السابق"),
   ("captured", 30, "about", "combatant", None, None, False, "regime remnants", "General Security", "جبلة", "نحو 30 آخرين"),
   ("killed", None, "dozens", "civilian", None, None, False, None, None, None, "عشرات القتلى"),
   ("wounded", None, "dozens", "civilian", None, None, False, None, None, None, "عشرات القتلى والجرحى"),
   ("killed", 830, "exact", "civilian", None, None, True, None, None, None, "إلى 830 مدنياً، بعد"),
   ("killed", 745, "exact", "civilian", None, None, True, None, None, None, "بعد أن كانت 745"),
   ("killed", 532, "exact", "civilian", None, None, True, None, None, None, "حصيلة أولية بلغت 532"),
   ("killed", 63, "exact", "civilian", "children", "o13", True, None, None, None, "63 طفلاً"),
   ("killed", 98, "exact", "civilian", "women", "o13", True, None, None, None, "و98 امرأة"),
   ("killed", 231, "exact", "combatant", None, None, True, "General Security and Ministry of Defence", "regime remnants", None, "ارتفع عدد قتلى عناصر الأمن العام ووزارة الدفاع إلى 231"),
   ("killed", 250, "exact", "combatant", None, None, True, "regime remnants", None, None, "مقابل 250 من المسلحين"),
   ("killed", 1311, "exact", "unknown", None, None, True, None, None, None, "الحصيلة الإجمالية 1311 قتيلاً")]),

 ("ho11-suwayda-2025", "2025-07-16",
  "ارتفاع حصيلة قتلى الاشتباكات في السويداء إلى 248 بينهم 21 مدنياً أُعدموا ميدانياً",
  "محافظة السويداء – المرصد السوري لحقوق الإنسان:: ارتفعت حصيلة القتلى جراء الاشتباكات المتواصلة منذ يوم الأحد في محافظة السويداء، بين مسلحين من العشائر البدوية مدعومين بقوات وزارة الدفاع والأمن العام من جهة، وفصائل محلية درزية من جهة أخرى، إلى 248 شخصاً، وهم:\n"
  "- 92 من أبناء محافظة السويداء، بينهم 21 مدنياً أعدموا ميدانياً رمياً بالرصاص، من ضمنهم سيدتان وطفل، و71 من مسلحي الفصائل المحلية.\n"
  "- 138 من عناصر وزارة الدفاع وجهاز الأمن العام.\n"
  "- 18 من أبناء العشائر البدوية، بينهم 3 مدنيين.\n\n"
  "كما قتل عنصران من وزارة الدفاع جراء غارات نفذتها طائرات مسيرة إسرائيلية استهدفت آليات عسكرية على طريق الثعلة، في حين استهدفت الطائرات الإسرائيلية مبنى هيئة الأركان في العاصمة دمشق بـ 4 ضربات على الأقل، ما أسفر عن إصابة 18 شخصاً بجروح متفاوتة، ولم يتم توثيق خسائر بشرية في ضربة أخرى على محيط القصر الجمهوري.\n\n"
  "وفي ريف السويداء الغربي، اختطف مسلحون من العشائر 17 موطناً من أبناء بلدة المزرعة، بينهم 5 نساء، في حين لا يزال مصير أكثر من 40 شخصاً مجهولاً في مدينة السويداء بعد انقطاع الاتصالات عنها منذ 48 ساعة.",
  [("killed", 248, "exact", "unknown", None, None, True, None, None, "السويداء", "إلى 248 بينهم"),
   ("killed", 21, "exact", "civilian", None, "o1", True, None, None, "السويداء", "21 مدنياً أُعدموا ميدانياً"),
   ("killed", 248, "exact", "unknown", None, None, True, None, None, "محافظة السويداء", "إلى 248 شخصاً"),
   ("killed", 92, "exact", "unknown", None, "o3", True, "Suwayda residents", None, "محافظة السويداء", "92 من أبناء محافظة السويداء"),
   ("killed", 21, "exact", "civilian", None, "o4", True, None, "Ministry of Defence and General Security", "محافظة السويداء", "21 مدنياً أعدموا"),
   ("killed", 2, "exact", "civilian", "women", "o5", True, None, "Ministry of Defence and General Security", "محافظة السويداء", "سيدتان"),
   ("killed", 1, "exact", "civilian", "children", "o5", True, None, "Ministry of Defence and General Security", "محافظة السويداء", "وطفل"),
   ("killed", 71, "exact", "combatant", None, "o4", True, "Druze local factions", None, "محافظة السويداء", "و71 من مسلحي الفصائل المحلية"),
   ("killed", 138, "exact", "combatant", None, "o3", True, "Ministry of Defence and General Security", None, "محافظة السويداء", "138 من عناصر وزارة الدفاع"),
   ("killed", 18, "exact", "unknown", None, "o3", True, "Bedouin tribes", None, "محافظة السويداء", "18 من أبناء العشائر البدوية"),
   ("killed", 3, "exact", "civilian", None, "o10", True, None, None, "محافظة السويداء", "3 مدنيين"),
   ("killed", 2, "exact", "combatant", None, None, False, "Ministry of Defence", "Israeli drones", "الثعلة", "قتل عنصران من وزارة الدفاع"),
   ("wounded", 18, "exact", "unknown", None, None, False, None, "Israeli air force", "دمشق", "إصابة 18 شخصاً"),
   ("kidnapped", 17, "exact", "civilian", None, None, False, None, "tribal gunmen", "المزرعة", "17 موطناً"),
   ("kidnapped", 5, "exact", "civilian", "women", "o14", False, None, "tribal gunmen", "المزرعة", "5 نساء"),
   ("missing", 40, "more_than", "unknown", None, None, False, None, None, "السويداء", "أكثر من 40 شخصاً")]),

 ("ho11-monthly-june-2025", "2025-07-01",
  "حصيلة شهر حزيران: نحو 900 قتيل في عموم الأراضي السورية بينهم 512 مدنياً",
  "المرصد السوري لحقوق الإنسان:: وثق المرصد السوري لحقوق الإنسان خلال شهر حزيران/يونيو 2025، مقتل 897 شخصاً في مختلف المحافظات السورية، وتوزعت الحصيلة على النحو التالي:\n\n"
  "512 مدنياً، بينهم 61 طفلاً دون سن الثامنة عشرة و47 سيدة، قتل منهم 138 على خلفيات طائفية وانتقامية، بينما قضى 29 جراء انفجار ألغام ومخلفات حرب، و(9) تحت التعذيب في مراكز احتجاز.\n\n"
  "385 من العسكريين، هم: 164 من عناصر وزارة الدفاع والأمن العام، و97 من المسلحين الموالين للنظام البائد، و58 من عناصر قوات سوريا الديمقراطية، و36 من خلايا تنظيم “الدولة الإسلامية”، و30 من المقاتلين الأجانب ومجهولي الهوية.\n\n"
  "وتشكل نسبة المدنيين 57% من إجمالي القتلى، فيما تصدرت محافظة حمص القائمة بـ 203 قتلى. كما أصيب أكثر من 600 شخص بجروح متفاوتة خلال الشهر، ووثق المرصد اختطاف 43 مواطناً لا يزال مصير 26 منهم مجهولاً.\n\n"
  "وبذلك يرتفع عدد القتلى منذ سقوط النظام في 8 كانون الأول/ديسمبر 2024 إلى 9,412 شخصاً، بينهم 6,275 مدنياً.",
  [("killed", 900, "about", "unknown", None, None, True, None, None, None, "نحو 900 قتيل"),
   ("killed", 512, "exact", "civilian", None, "o1", True, None, None, None, "بينهم 512 مدنياً"),
   ("killed", 897, "exact", "unknown", None, None, True, None, None, None, "مقتل 897 شخصاً"),
   ("killed", 512, "exact", "civilian", None, "o3", True, None, None, None, "512 مدنياً،"),
   ("killed", 61, "exact", "civilian", "children", "o4", True, None, None, None, "61 طفلاً دون سن الثامنة عشرة"),
   ("killed", 47, "exact", "civilian", "women", "o4", True, None, None, None, "و47 سيدة"),
   ("killed", 138, "exact", "civilian", None, "o4", True, None, "revenge killings", None, "قتل منهم 138"),
   ("killed", 29, "exact", "civilian", None, "o4", True, None, "landmines and war remnants", None, "قضى 29"),
   ("killed", 9, "exact", "civilian", None, "o4", True, None, None, None, "و(9) تحت التعذيب"),
   ("killed", 385, "exact", "combatant", None, "o3", True, None, None, None, "385 من العسكريين"),
   ("killed", 164, "exact", "combatant", None, "o10", True, "Ministry of Defence and General Security", None, None, "164 من عناصر وزارة الدفاع"),
   ("killed", 97, "exact", "combatant", None, "o10", True, "regime remnants", None, None, "و97 من المسلحين الموالين للنظام البائد"),
   ("killed", 58, "exact", "combatant", None, "o10", True, "SDF", None, None, "و58 من عناصر قوات سوريا الديمقراطية"),
   ("killed", 36, "exact", "combatant", None, "o10", True, "IS", None, None, "و36 من خلايا تنظيم"),
   ("killed", 30, "exact", "combatant", None, "o10", True, "foreign fighters and unidentified", None, None, "و30 من المقاتلين الأجانب"),
   ("killed", 203, "exact", "unknown", None, None, True, None, None, "محافظة حمص", "بـ 203 قتلى"),
   ("wounded", 600, "more_than", "unknown", None, None, True, None, None, None, "أكثر من 600 شخص"),
   ("kidnapped", 43, "exact", "civilian", None, None, True, None, None, None, "اختطاف 43 مواطناً"),
   ("missing", 26, "exact", "civilian", None, "o18", True, None, None, None, "26 منهم"),
   ("killed", 9412, "exact", "unknown", None, None, True, None, None, None, "إلى 9,412 شخصاً"),
   ("killed", 6275, "exact", "civilian", None, "o20", True, None, None, None, "6,275 مدنياً")]),

 ("ho11-annual-2020", "2020-12-31",
  "في عام 2020: أدنى حصيلة سنوية منذ انطلاقة الثورة.. المرصد السوري يوثق مقتل 10 آلاف و18 شخصاً",
  "المرصد السوري لحقوق الإنسان:: شهد العام 2020 الحصيلة الأدنى للخسائر البشرية منذ انطلاقة الثورة السورية في آذار/مارس 2011، إذ وثق المرصد السوري مقتل 10018 شخصاً على امتداد الجغرافيا السورية خلال 12 شهراً، وهم:\n\n"
  "المدنيون: 3474 مدنياً بينهم 825 طفلاً و442 مواطنة فوق سن الثامنة عشرة، استشهد منهم 1101 على يد قوات النظام والمسلحين الموالين لها، و297 بضربات الطائرات الحربية الروسية.\n\n"
  "العسكريون: 6544، وتوزعوا كالتالي: 2605 من قوات النظام، بينهم 19 من الضباط، و1103 من المسلحين الموالين لها من جنسيات سورية، و1637 من مقاتلي الفصائل وهيئة تحرير الشام، من ضمنهم 1187 من الهيئة، و426 من تنظيم “الدولة الإسلامية”، و534 من قوات سوريا الديمقراطية، و87 من عناصر الجيش التركي، إضافة إلى 152 من المسلحين الموالين للنظام من جنسيات غير سورية ومعظمهم من حزب الله اللبناني.\n\n"
  "ولا يزال مئات الأشخاص في عداد المفقودين بعد اعتقالهم على يد الأجهزة الأمنية خلال العام، فيما قضى 127 معتقلاً تحت التعذيب في سجون النظام.",
  [("killed", 10018, "exact", "unknown", None, None, True, None, None, None, "مقتل 10 آلاف و18 شخصاً"),
   ("killed", 10018, "exact", "unknown", None, None, True, None, None, None, "مقتل 10018 شخصاً"),
   ("killed", 3474, "exact", "civilian", None, "o2", True, None, None, None, "3474 مدنياً"),
   ("killed", 825, "exact", "civilian", "children", "o3", True, None, None, None, "825 طفلاً"),
   ("killed", 442, "exact", "civilian", "women", "o3", True, None, None, None, "442 مواطنة"),
   ("killed", 1101, "exact", "civilian", None, "o3", True, None, "regime forces and allied militias", None, "استشهد منهم 1101"),
   ("killed", 297, "exact", "civilian", None, "o3", True, None, "Russian air force", None, "و297 بضربات"),
   ("killed", 6544, "exact", "combatant", None, "o2", True, None, None, None, "العسكريون: 6544"),
   ("killed", 2605, "exact", "combatant", None, "o8", True, "regime forces", None, None, "2605 من قوات النظام"),
   ("killed", 19, "exact", "combatant", "officers", "o9", True, "regime forces", None, None, "19 من الضباط"),
   ("killed", 1103, "exact", "combatant", None, "o8", True, "pro-regime militias (Syrian)", None, None, "و1103 من المسلحين الموالين"),
   ("killed", 1637, "exact", "combatant", None, "o8", True, "rebel factions and HTS", None, None, "1637 من مقاتلي الفصائل"),
   ("killed", 1187, "exact", "combatant", None, "o12", True, "HTS", None, None, "1187 من الهيئة"),
   ("killed", 426, "exact", "combatant", None, "o8", True, "IS", None, None, "و426 من تنظيم"),
   ("killed", 534, "exact", "combatant", None, "o8", True, "SDF", None, None, "و534 من قوات سوريا الديمقراطية"),
   ("killed", 87, "exact", "combatant", None, "o8", True, "Turkish army", None, None, "و87 من عناصر الجيش التركي"),
   ("killed", 152, "exact", "combatant", "foreign fighters", "o8", True, "pro-regime militias (non-Syrian), mostly Hezbollah", None, None, "152 من المسلحين الموالين للنظام من جنسيات غير سورية"),
   ("missing", None, "hundreds", "civilian", None, None, True, None, "regime security services", None, "مئات الأشخاص"),
   ("killed", 127, "exact", "civilian", "detainees", None, True, None, "regime forces", None, "127 معتقلاً تحت التعذيب")]),

 ("ho11-qamishli-drones-2022", "2022-11-23",
  "تصعيد تركي متواصل: مسيّرة تركية تقتل 4 من “الأسايش” في القامشلي وقصف يطال ريف عين العرب “كوباني”",
  "محافظة الحسكة – المرصد السوري لحقوق الإنسان:: استهدفت طائرة مسيرة تركية سيارة تابعة لقوى الأمن الداخلي “الأسايش” على الطريق الواصل إلى حي العنترية في مدينة القامشلي، ما أدى لمقتل أربعة عناصر بينهم مسؤول أمني، وإصابة عنصر خامس بجروح بليغة.\n\n"
  "وفي ريف عين العرب “كوباني”، استشهد مدنيان اثنان هما رجل وابنه البالغ من العمر 15 عاماً، وأصيب عدد من المدنيين، جراء قصف مدفعي تركي على قرية زور مغار غربي المدينة، بالتزامن مع تحليق 3 طائرات مسيرة في أجواء المنطقة.\n\n"
  "كذلك قتل 2 من عناصر “قسد” وجرح 3 آخرون بقصف لطائرة مسيرة تركية على موقع عسكري قرب بلدة تل تمر شمال غربي الحسكة، فيما استهدفت مسيرة أخرى صهريج نفط قرب بلدة عين عيسى دون ورود معلومات عن خسائر بشرية.\n\n"
  "وعلى الحدود السورية–التركية، قتل شاب برصاص عناصر “الجندرمة” التركية أثناء محاولته العبور بطريقة غير شرعية قرب مدينة رأس العين، على بعد 3 كلم من الشريط الحدودي، ليرتفع إلى 21 عدد السوريين الذين قتلوا برصاص حرس الحدود التركي منذ مطلع العام، بينهم 4 أطفال.\n\n"
  "وبحسب إحصائيات المرصد السوري، فقد نفذت الطائرات المسيرة التركية 71 استهدافاً على مناطق الإدارة الذاتية منذ مطلع العام 2022، أسفرت عن مقتل 84 شخصاً، هم 19 مدنياً و65 من العسكريين، وإصابة أكثر من 100 آخرين.",
  [("killed", 4, "exact", "combatant", None, None, False, "Asayish", "Turkish drone", "القامشلي", "تقتل 4 من “الأسايش”"),
   ("killed", 4, "exact", "combatant", None, None, False, "Asayish", "Turkish drone", "القامشلي", "لمقتل أربعة عناصر"),
   ("killed", 1, "exact", "combatant", "officials", "o2", False, "Asayish", "Turkish drone", "القامشلي", "مسؤول أمني"),
   ("wounded", 1, "exact", "combatant", None, None, False, "Asayish", "Turkish drone", "القامشلي", "وإصابة عنصر خامس"),
   ("killed", 2, "exact", "civilian", None, None, False, None, "Turkish forces", "زور مغار", "استشهد مدنيان اثنان"),
   ("killed", 1, "exact", "civilian", "men", "o5", False, None, "Turkish forces", "زور مغار", "هما رجل"),
   ("killed", 1, "exact", "civilian", "children", "o5", False, None, "Turkish forces", "زور مغار", "وابنه"),
   ("wounded", None, "several", "civilian", None, None, False, None, "Turkish forces", "زور مغار", "عدد من المدنيين"),
   ("killed", 2, "exact", "combatant", None, None, False, "SDF", "Turkish drone", "تل تمر", "قتل 2 من عناصر “قسد”"),
   ("wounded", 3, "exact", "combatant", None, None, False, "SDF", "Turkish drone", "تل تمر", "وجرح 3 آخرون"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "Turkish border guards", "رأس العين", "قتل شاب"),
   ("killed", 21, "exact", "civilian", None, None, True, None, "Turkish border guards", None, "يرتفع إلى 21 عدد السوريين"),
   ("killed", 4, "exact", "civilian", "children", "o12", True, None, "Turkish border guards", None, "بينهم 4 أطفال"),
   ("killed", 84, "exact", "unknown", None, None, True, None, "Turkish drones", None, "مقتل 84 شخصاً"),
   ("killed", 19, "exact", "civilian", None, "o14", True, None, "Turkish drones", None, "19 مدنياً"),
   ("killed", 65, "exact", "combatant", None, "o14", True, None, "Turkish drones", None, "و65 من العسكريين"),
   ("wounded", 100, "more_than", "unknown", None, None, True, None, "Turkish drones", None, "أكثر من 100 آخرين")]),

 ("ho11-damascus-israel-2023", "2023-02-19",
  "رغم كارثة الزلزال.. 5 قتلى بضربات إسرائيلية على دمشق واستمرار القصف على ريف إدلب",
  "العاصمة دمشق – المرصد السوري لحقوق الإنسان:: قتل 5 أشخاص، بينهم عنصران من الميليشيات الموالية لإيران ومواطن مدني، جراء استهداف صواريخ إسرائيلية مبنى سكنياً في حي كفرسوسة بالعاصمة دمشق فجر اليوم، كما أصيب ما لا يقل عن 15 آخرين بجروح متفاوتة، بينهم 4 عسكريين، وتسببت الضربات بأضرار مادية في عشرات الشقق السكنية. وكان المرصد السوري قد تحدث في وقت سابق عن مقتل 6 أشخاص، قبل أن يصحح الرقم بعد التحقق من هويات الضحايا.\n\n"
  "وكانت الدفاعات الجوية التابعة للنظام قد أعلنت التصدي لـ 12 صاروخاً أطلقت من فوق الجولان السوري المحتل، وسط انفجارات عنيفة دوت في أرجاء المدينة.\n\n"
  "وفي محافظة القنيطرة، قصفت القوات الإسرائيلية بـ 3 قذائف موقعاً لقوات النظام في محيط بلدة خان أرنبة، دون ورود معلومات عن خسائر بشرية حتى اللحظة.\n\n"
  "وفي شمال غرب سوريا، استشهدت مواطنة وأصيب اثنان من أطفالها بجروح، جراء قصف مدفعي نفذته قوات النظام على أطراف بلدة سرمين بريف إدلب الشرقي، وذلك بعد أقل من أسبوعين على الزلزال المدمر الذي ضرب المنطقة في السادس من شباط بقوة 7.7 درجات.\n\n"
  "كما قتل عنصر من هيئة تحرير الشام قنصاً على محور كفرتعال بريف حلب الغربي، وقتل عنصران من قوات النظام بقصف مدفعي للهيئة على محور الفوج 46. ومنذ وقوع الزلزال، وثق المرصد السوري مقتل 16 شخصاً بقصف قوات النظام على مناطق الشمال السوري، بينهم 7 مدنيين من ضمنهم 3 أطفال.",
  [("killed", 5, "exact", "unknown", None, None, False, None, "Israeli strikes", "دمشق", "5 قتلى"),
   ("killed", 5, "exact", "unknown", None, None, False, None, "Israeli strikes", "كفرسوسة", "قتل 5 أشخاص"),
   ("killed", 2, "exact", "combatant", None, "o2", False, "Iran-backed militias", "Israeli strikes", "كفرسوسة", "عنصران من الميليشيات الموالية لإيران"),
   ("killed", 1, "exact", "civilian", None, "o2", False, None, "Israeli strikes", "كفرسوسة", "ومواطن مدني"),
   ("wounded", 15, "at_least", "unknown", None, None, False, None, "Israeli strikes", "كفرسوسة", "ما لا يقل عن 15 آخرين"),
   ("wounded", 4, "exact", "combatant", None, "o5", False, None, "Israeli strikes", "كفرسوسة", "4 عسكريين"),
   ("killed", 6, "exact", "unknown", None, None, False, None, "Israeli strikes", "كفرسوسة", "مقتل 6 أشخاص"),
   ("killed", 1, "exact", "civilian", "women", None, False, None, "regime forces", "سرمين", "استشهدت مواطنة"),
   ("wounded", 2, "exact", "civilian", "children", None, False, None, "regime forces", "سرمين", "وأصيب اثنان من أطفالها"),
   ("killed", 1, "exact", "combatant", None, None, False, "HTS", "regime forces", "كفرتعال", "قتل عنصر من هيئة تحرير الشام"),
   ("killed", 2, "exact", "combatant", None, None, False, "regime forces", "HTS", None, "وقتل عنصران من قوات النظام"),
   ("killed", 16, "exact", "unknown", None, None, True, None, "regime forces", None, "مقتل 16 شخصاً"),
   ("killed", 7, "exact", "civilian", None, "o12", True, None, "regime forces", None, "7 مدنيين"),
   ("killed", 3, "exact", "civilian", "children", "o13", True, None, "regime forces", None, "3 أطفال")]),

 ("ho11-daily-toll-2025", "2025-02-20",
  "حصيلة يوم الأربعاء: 31 قتيلاً في عموم سوريا بينهم 5 مواطنين قضوا بانفجار مخلفات حرب",
  "المرصد السوري لحقوق الإنسان:: وثق المرصد السوري لحقوق الإنسان مقتل 31 شخصاً في مختلف المناطق السورية يوم أمس الأربعاء، توزعوا على النحو الآتي:\n\n"
  "في حمص: 9 أشخاص، هم 6 مواطنين قتلوا برصاص مسلحين مجهولين في حي الخالدية ضمن ما يعرف بعمليات الانتقام، و3 عناصر من الأمن العام قتلوا بهجوم على حاجز قرب مدينة تلكلخ.\n\n"
  "في حماة: 5 مواطنين من عائلة واحدة، بينهم طفلان، قضوا بانفجار قذيفة من مخلفات الحرب أثناء عملهم في أرض زراعية ببلدة كفرزيتا، ووصل المواطنون الخمسة جثثاً إلى مشفى المدينة.\n\n"
  "في دير الزور: 7 أشخاص، بينهم 4 عناصر من “قسد” قتلوا بهجوم لخلايا تنظيم “الدولة الإسلامية” في بلدة الشحيل، ومواطن عثر على جثته مقطوعة الرأس في بادية ذيبان.\n\n"
  "في درعا: 3 مواطنين، اثنان منهم برصاص مجهولين في مدينة نوى، والأخير متأثراً بجراح أصيب بها قبل أيام.\n\n"
  "في اللاذقية: 4 مهاجرين غرقوا قبالة سواحل المدينة بعد غرق قارب كان يقل نحو 40 شخصاً، فيما جرى إنقاذ 25 آخرين ولا يزال 11 في عداد المفقودين.\n\n"
  "في دمشق وريفها: 3 أشخاص، بينهم معتقل سابق قضى متأثراً بالتعذيب الذي تعرض له في سجن صيدنايا.\n\n"
  "كما أفرج مسلحون مجهولون عن ثلاثة مواطنين اختطفوا الأسبوع الفائت في ريف السويداء، مقابل فدية مالية بلغت 15 ألف دولار أمريكي.",
  [("killed", 31, "exact", "unknown", None, None, False, None, None, None, "31 قتيلاً"),
   ("killed", 5, "exact", "civilian", None, "o1", False, None, "war remnants", "كفرزيتا", "بينهم 5 مواطنين"),
   ("killed", 31, "exact", "unknown", None, None, False, None, None, None, "مقتل 31 شخصاً"),
   ("killed", 9, "exact", "unknown", None, "o3", False, None, None, "حمص", "في حمص: 9 أشخاص"),
   ("killed", 6, "exact", "civilian", None, "o4", False, None, "unknown gunmen", "الخالدية", "6 مواطنين قتلوا"),
   ("killed", 3, "exact", "combatant", None, "o4", False, "General Security", None, "تلكلخ", "و3 عناصر من الأمن العام"),
   ("killed", 5, "exact", "civilian", "family", "o3", False, None, "war remnants", "كفرزيتا", "في حماة: 5 مواطنين"),
   ("killed", 2, "exact", "civilian", "children", "o7", False, None, "war remnants", "كفرزيتا", "بينهم طفلان"),
   ("killed", 5, "exact", "civilian", None, None, False, None, "war remnants", "كفرزيتا", "المواطنون الخمسة"),
   ("killed", 7, "exact", "unknown", None, "o3", False, None, None, "دير الزور", "في دير الزور: 7 أشخاص"),
   ("killed", 4, "exact", "combatant", None, "o10", False, "SDF", "IS", "الشحيل", "4 عناصر من “قسد”"),
   ("killed", 1, "exact", "civilian", None, "o10", False, None, None, "بادية ذيبان", "ومواطن عثر على جثته"),
   ("killed", 3, "exact", "civilian", None, "o3", False, None, None, "درعا", "في درعا: 3 مواطنين"),
   ("killed", 2, "exact", "civilian", None, "o13", False, None, "unknown gunmen", "نوى", "اثنان منهم"),
   ("killed", 1, "exact", "civilian", None, "o13", False, None, None, "درعا", "والأخير متأثراً"),
   ("killed", 4, "exact", "civilian", "migrants", "o3", False, None, None, "اللاذقية", "4 مهاجرين غرقوا"),
   ("missing", 11, "exact", "civilian", "migrants", None, False, None, None, "اللاذقية", "11 في عداد المفقودين"),
   ("killed", 3, "exact", "unknown", None, "o3", False, None, None, "دمشق", "في دمشق وريفها: 3 أشخاص"),
   ("killed", 1, "exact", "civilian", "detainees", "o18", False, None, "former regime", "صيدنايا", "معتقل سابق"),
   ("kidnapped", 3, "exact", "civilian", None, None, False, None, "unknown gunmen", None, "ثلاثة مواطنين اختطفوا")]),

 ("ho11-tishreen-2025", "2025-01-12",
  "معارك سد تشرين وريف منبج: ارتفاع حصيلة القتلى إلى 412 منذ 8 كانون الأول",
  "محافظة حلب – المرصد السوري لحقوق الإنسان:: تتواصل الاشتباكات العنيفة على محاور سد تشرين وجسر قرقوزاق جنوب شرق منبج، بين قوات سوريا الديمقراطية ومجلس منبج العسكري من جهة، والفصائل الموالية لأنقرة ضمن ما يعرف بـ“الجيش الوطني” من جهة أخرى، وسط قصف مكثف من الطائرات المسيرة التركية التي نفذت 14 ضربة خلال 48 ساعة.\n\n"
  "ووثق المرصد السوري خلال الساعات الـ 24 الماضية مقتل 22 مقاتلاً على الأقل من الطرفين على محاور سد تشرين، هم 15 من الفصائل الموالية لتركيا، بينهم قائد مجموعة، و7 من قوات سوريا الديمقراطية، كما أسرت “قسد” ستة من عناصر الفصائل على محور قرية أبو قلقل.\n\n"
  "وفي مدينة منبج، استشهد 3 مدنيين بينهم طفلة وأصيب 9 آخرون بانفجار سيارة مفخخة قرب دوار الكتاب، في ثالث تفجير من نوعه منذ مطلع الشهر، في حين أرسلت إدارة العمليات العسكرية تعزيزات تضم نحو 200 عنصر إلى محيط بلدة دير حافر.\n\n"
  "وبذلك، ارتفع إلى 412 عدد القتلى منذ بدء العملية العسكرية للفصائل الموالية لأنقرة في الـ 8 من كانون الأول/ديسمبر 2024، وهم: 269 من الفصائل، و98 من قوات سوريا الديمقراطية والتشكيلات العسكرية التابعة لها، و45 مدني قضوا بقصف تركي وقصف الفصائل، بينهم 12 طفلاً. كما بلغ عدد الأسرى لدى الطرفين حوالي 70، وجرح أكثر من 300 آخرين من الطرفين.",
  [("killed", 412, "exact", "unknown", None, None, True, None, None, None, "ارتفاع حصيلة القتلى إلى 412"),
   ("killed", 22, "at_least", "combatant", None, None, False, None, None, "سد تشرين", "مقتل 22 مقاتلاً على الأقل"),
   ("killed", 15, "exact", "combatant", None, "o2", False, "Turkish-backed factions", "SDF", "سد تشرين", "15 من الفصائل الموالية لتركيا"),
   ("killed", 1, "exact", "combatant", "commanders", "o3", False, "Turkish-backed factions", "SDF", "سد تشرين", "قائد مجموعة"),
   ("killed", 7, "exact", "combatant", None, "o2", False, "SDF", "Turkish-backed factions", "سد تشرين", "و7 من قوات سوريا الديمقراطية"),
   ("captured", 6, "exact", "combatant", None, None, False, "Turkish-backed factions", "SDF", "أبو قلقل", "ستة من عناصر الفصائل"),
   ("killed", 3, "exact", "civilian", None, None, False, None, "car bomb", "منبج", "استشهد 3 مدنيين"),
   ("killed", 1, "exact", "civilian", "children", "o7", False, None, "car bomb", "منبج", "بينهم طفلة"),
   ("wounded", 9, "exact", "civilian", None, None, False, None, "car bomb", "منبج", "وأصيب 9 آخرون"),
   ("killed", 412, "exact", "unknown", None, None, True, None, None, None, "ارتفع إلى 412 عدد القتلى"),
   ("killed", 269, "exact", "combatant", None, "o10", True, "Turkish-backed factions", None, None, "269 من الفصائل"),
   ("killed", 98, "exact", "combatant", None, "o10", True, "SDF", None, None, "و98 من قوات سوريا الديمقراطية"),
   ("killed", 45, "exact", "civilian", None, "o10", True, None, "Turkish forces and factions", None, "و45 مدني"),
   ("killed", 12, "exact", "civilian", "children", "o13", True, None, "Turkish forces and factions", None, "12 طفلاً"),
   ("captured", 70, "about", "combatant", None, None, True, None, None, None, "حوالي 70"),
   ("wounded", 300, "more_than", "combatant", None, None, True, None, None, None, "أكثر من 300 آخرين")]),

 ("ho11-en-sweida-2025", "2025-07-23",
  "Sweida escalation | Death toll rises to 1,265 people since July 13, including 558 civilians",
  "SOHR has documented more deaths in Sweida governorate and its countryside, bringing the death toll since the outbreak of violence on July 13 to 1,265 people. The toll is distributed as follows:\n\n"
  "558 civilians, including 41 children and 73 women; 194 of them were executed in the field by members of the Ministries of Defence and Interior.\n"
  "412 members of local Druze factions.\n"
  "247 members of the Ministry of Defence and General Security forces, including 12 officers, in addition to 15 members of government forces who were killed in Israeli strikes.\n"
  "3 Bedouin civilians executed by Druze gunmen, and 30 members of Bedouin tribes.\n\n"
  "Meanwhile, at least two people were killed and five others injured when a drone struck a car near the town of Al-Mazraa on Tuesday, while dozens of families remain displaced. SOHR also documented the abduction of 11 people, most of them women, by tribal gunmen, while the fate of about 60 others is still unknown.\n\n"
  "An earlier SOHR toll, published on Monday, put the number of fatalities at 1,120. No casualties were reported in a separate Israeli strike on the outskirts of Izraa, about 35 km west of Sweida city.",
  [("killed", 1265, "exact", "unknown", None, None, True, None, None, None, "Death toll rises to 1,265 people"),
   ("killed", 558, "exact", "civilian", None, "o1", True, None, None, None, "including 558 civilians"),
   ("killed", 1265, "exact", "unknown", None, None, True, None, None, None, "the death toll since the outbreak of violence on July 13 to 1,265 people"),
   ("killed", 558, "exact", "civilian", None, "o3", True, None, None, None, "558 civilians, including"),
   ("killed", 41, "exact", "civilian", "children", "o4", True, None, None, None, "41 children"),
   ("killed", 73, "exact", "civilian", "women", "o4", True, None, None, None, "73 women"),
   ("killed", 194, "exact", "civilian", None, "o4", True, None, "Ministries of Defence and Interior", None, "194 of them were executed"),
   ("killed", 412, "exact", "combatant", None, "o3", True, "Druze local factions", None, None, "412 members of local Druze factions"),
   ("killed", 247, "exact", "combatant", None, "o3", True, "Ministry of Defence and General Security", None, None, "247 members of the Ministry of Defence"),
   ("killed", 12, "exact", "combatant", "officers", "o9", True, "Ministry of Defence and General Security", None, None, "12 officers"),
   ("killed", 15, "exact", "combatant", None, "o3", True, "government forces", "Israeli strikes", None, "15 members of government forces"),
   ("killed", 3, "exact", "civilian", None, "o3", True, "Bedouin tribes", "Druze gunmen", None, "3 Bedouin civilians"),
   ("killed", 30, "exact", "unknown", None, "o3", True, "Bedouin tribes", None, None, "30 members of Bedouin tribes"),
   ("killed", 2, "at_least", "unknown", None, None, False, None, "drone", None, "at least two people were killed"),
   ("wounded", 5, "exact", "unknown", None, None, False, None, "drone", None, "five others injured"),
   ("kidnapped", 11, "exact", "civilian", None, None, False, None, "tribal gunmen", None, "abduction of 11 people"),
   ("missing", 60, "about", "unknown", None, None, False, None, None, None, "about 60 others"),
   ("killed", 1120, "exact", "unknown", None, None, True, None, None, None, "number of fatalities at 1,120")]),
]

write_batch(Path(__file__).parent, SPEC)
