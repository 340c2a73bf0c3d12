# ruff: noqa: E501  (the bulletins and their gold rows are data, one per line)
"""Writes held-out batch 12 (bulletins.jsonl) and its gold (gold/*.json) from SPEC.

Written blind to the extractor, in the manner of SOHR's 2015–2019 editors: a daily toll with
per-governorate place lists, battle running totals (Hajin, Afrin, Idlib/Hama 2019), the 2017
annual statistic, a Ghouta massacre of a family, IS executions, a prisoner exchange with
border shootings, Raqqa mines, strikes on Iranian militias, Daraa after the settlement, and
one English bulletin on eastern Aleppo 2016.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from heldout_batch import write_batch

SPEC = [
 ("ho12-daily-toll", "2016-11-19",
  "حصيلة يوم أمس: 94 شخصاً فارقوا الحياة في 6 محافظات سورية",
  "محافظات سورية – المرصد السوري لحقوق الإنسان:: وثق المرصد السوري لحقوق الإنسان سقوط 94 قتيلاً يوم أمس الجمعة الـ 18 من تشرين الثاني / نوفمبر 2016، هم 61 مدنياً من ضمنهم 17 طفلاً و9 مواطنات، و22 مقاتلاً من الفصائل المقاتلة والإسلامية وجبهة فتح الشام، و11 عنصراً من قوات النظام والمسلحين الموالين لها.\n\n"
  "ففي محافظة حلب، ارتقى 38 مدنياً، 27 منهم في الأحياء الشرقية المحاصرة من مدينة حلب جراء عشرات الغارات والبراميل المتفجرة على أحياء الكلاسة وبستان القصر والشعار، والبقية في بلدتي الأتارب وكفرناها بريف حلب الغربي جراء غارات لطائرات حربية يرجح أنها روسية.\n\n"
  "وفي محافظة إدلب، فارق الحياة 14 موطناً، هم: 6 بمدينة معرة النعمان، و5 في بلدة خان السبل، و3 بينهم طفلة في قرية بسامس، جراء غارات نفذتها طائرات حربية يرجح أنها روسية على المنطقة الواقعة على بعد نحو 30 كم جنوب مدينة إدلب.\n\n"
  "كما لقي 4 مواطنين حتفهم في ريف دمشق، اثنان منهم في مدينة دوما جراء قصف صاروخي، ورجل وزوجته في كفربطنا بالغوطة الشرقية إثر قصف مدفعي لقوات النظام.\n\n"
  "وعلى صعيد الخسائر العسكرية، قتل 11 من قوات النظام بينهم ضابطان برتبة عقيد في ريف حماة الشمالي، بينما أصيب ما يزيد عن 120 شخصاً بجراح متفاوتة الخطورة في المحافظات الست.",
  [("killed", 94, "exact", "unknown", None, None, False, None, None, None, "94 شخصاً فارقوا الحياة"),
   ("killed", 94, "exact", "unknown", None, None, False, None, None, None, "سقوط 94 قتيلاً"),
   ("killed", 61, "exact", "civilian", None, "o2", False, None, None, None, "61 مدنياً من ضمنهم"),
   ("killed", 17, "exact", "civilian", "children", "o3", False, None, None, None, "17 طفلاً"),
   ("killed", 9, "exact", "civilian", "women", "o3", False, None, None, None, "و9 مواطنات"),
   ("killed", 22, "exact", "combatant", None, "o2", False, "rebel and Islamic factions and Fateh al-Sham Front", None, None, "و22 مقاتلاً"),
   ("killed", 11, "exact", "combatant", None, "o2", False, "regime forces", None, None, "و11 عنصراً من قوات النظام"),
   ("killed", 38, "exact", "civilian", None, None, False, None, "regime and Russian air forces", "حلب", "ارتقى 38 مدنياً"),
   ("killed", 27, "exact", "civilian", None, "o8", False, None, "regime air force", "حلب", "27 منهم في الأحياء الشرقية"),
   ("killed", 14, "exact", "civilian", None, None, False, None, "Russian air force", "إدلب", "فارق الحياة 14 موطناً"),
   ("killed", 6, "exact", "civilian", None, "o10", False, None, "Russian air force", "معرة النعمان", "6 بمدينة معرة النعمان"),
   ("killed", 5, "exact", "civilian", None, "o10", False, None, "Russian air force", "خان السبل", "و5 في بلدة خان السبل"),
   ("killed", 3, "exact", "civilian", None, "o10", False, None, "Russian air force", "بسامس", "و3 بينهم طفلة"),
   ("killed", 1, "exact", "civilian", "children", "o13", False, None, "Russian air force", "بسامس", "طفلة في قرية بسامس"),
   ("killed", 4, "exact", "civilian", None, None, False, None, "regime forces", "ريف دمشق", "لقي 4 مواطنين حتفهم"),
   ("killed", 2, "exact", "civilian", None, "o15", False, None, "regime forces", "دوما", "اثنان منهم"),
   ("killed", 1, "exact", "civilian", "men", "o15", False, None, "regime forces", "كفربطنا", "ورجل"),
   ("killed", 1, "exact", "civilian", "women", "o15", False, None, "regime forces", "كفربطنا", "وزوجته في كفربطنا"),
   ("killed", 11, "exact", "combatant", None, None, False, "regime forces", None, "حماة", "قتل 11 من قوات النظام"),
   ("killed", 2, "exact", "combatant", "officers", "o19", False, "regime forces", None, "حماة", "ضابطان برتبة عقيد"),
   ("wounded", 120, "more_than", "unknown", None, None, False, None, None, None, "ما يزيد عن 120 شخصاً")]),
 ("ho12-hajin-offensive", "2018-11-25",
  "ترتفع إلى 1062 حصيلة القتلى منذ انطلاق عملية قسد ضد جيب هجين .. والتنظيم يخسر أكثر من نصفهم",
  "محافظة دير الزور – المرصد السوري لحقوق الإنسان:: تتواصل لليوم الخامس على التوالي المعارك العنيفة بين قوات سوريا الديمقراطية المدعومة بطائرات التحالف الدولي من جهة، وعناصر تنظيم “الدولة الإسلامية” من جهة أخرى، على محاور في محيط بلدتي هجين والسوسة وقرية الباغوز فوقاني، إثر هجوم معاكس شنه التنظيم للمرة الثالثة خلال أسبوع مستغلاً العاصفة الرملية، فيما نفذت طائرات التحالف ما لا يقل عن 35 ضربة جوية على مواقعه.\n\n"
  "وتمكن المرصد السوري خلال الـ 24 ساعة الفائتة من توثيق سقوط 19 قتيلاً من عناصر التنظيم، بينهم قياديان من جنسيات غير سورية، مقابل مقتل 8 من قسد وإصابة قرابة 20 آخرين، كما أسر التنظيم عناصر عددهم 9 خلال هجومه على نقاط في أطراف السوسة، ولا يزال الاتصال مفقوداً مع 4 مقاتلين من مجلس دير الزور العسكري منذ مساء أمس.\n\n"
  "وبذلك ترتفع إلى 1062 حصيلة القتلى منذ انطلاقة العملية في الـ 10 من أيلول / سبتمبر الفائت، وهم 614 من عناصر التنظيم، و(341) مقاتلاً من قسد بينهم ما لا يقل عن 30 من القادة الميدانيين، إضافة إلى 107 مدنيين بينهم 38 طفلاً قضوا بضربات التحالف وبالقصف المتبادل.\n\n"
  "ويشكل عناصر التنظيم أكثر من نصف القتلى، في حين يقدر عدد من تبقى منهم داخل الجيب بنحو 2000 عنصر، بينهم مئات المقاتلين الأجانب وعائلاتهم.",
  [("killed", 1062, "exact", "unknown", None, None, True, None, None, None, "ترتفع إلى 1062 حصيلة القتلى منذ انطلاق عملية"),
   ("killed", 19, "exact", "combatant", None, None, False, "IS", "SDF and international coalition", None, "سقوط 19 قتيلاً"),
   ("killed", 2, "exact", "combatant", "commanders", "o2", False, "IS", "SDF and international coalition", None, "قياديان من جنسيات غير سورية"),
   ("killed", 8, "exact", "combatant", None, None, False, "SDF", "IS", None, "مقتل 8 من قسد"),
   ("wounded", 20, "about", "combatant", None, None, False, "SDF", "IS", None, "قرابة 20 آخرين"),
   ("captured", 9, "exact", "combatant", None, None, False, "SDF", "IS", "السوسة", "عناصر عددهم 9"),
   ("missing", 4, "exact", "combatant", None, None, False, "Deir ez-Zor Military Council (SDF)", None, None, "4 مقاتلين من مجلس دير الزور العسكري"),
   ("killed", 1062, "exact", "unknown", None, None, True, None, None, None, "ترتفع إلى 1062 حصيلة القتلى منذ انطلاقة العملية"),
   ("killed", 614, "exact", "combatant", None, "o8", True, "IS", None, None, "614 من عناصر التنظيم"),
   ("killed", 341, "exact", "combatant", None, "o8", True, "SDF", None, None, "(341) مقاتلاً من قسد"),
   ("killed", 30, "at_least", "combatant", "commanders", "o10", True, "SDF", None, None, "ما لا يقل عن 30 من القادة الميدانيين"),
   ("killed", 107, "exact", "civilian", None, "o8", True, None, "international coalition and mutual shelling", None, "107 مدنيين"),
   ("killed", 38, "exact", "civilian", "children", "o12", True, None, "international coalition and mutual shelling", None, "38 طفلاً")]),
 ("ho12-annual-2017", "2018-01-01",
  "زهاء 39 ألف شخص قضوا في سوريا خلال عام 2017 .. أكثر من ربعهم مدنيون",
  "المرصد السوري لحقوق الإنسان:: أحصى المرصد السوري لحقوق الإنسان مقتل 39087 شخصاً على امتداد الجغرافية السورية منذ مطلع كانون الثاني / يناير وحتى الـ 31 من كانون الأول / ديسمبر من العام 2017، ممن تمكن من توثيق أسمائهم وبياناتهم، في العام السابع من عمر الثورة السورية.\n\n"
  "وتوزعت الحصيلة الإجمالية على النحو التالي: 10507 مدنيين، بينهم 2109 أطفال دون سن الثامنة عشرة و1430 مواطنة فوق سن الـ 18، و28580 مقاتلاً، هم: 7180 من قوات النظام من ضمنهم 412 ضابطاً، و5130 من المسلحين الموالين لها من جنسيات سورية، و1843 من المقاتلين غير السوريين الموالين للنظام، أكثر من نصفهم من حزب الله اللبناني ولواء فاطميون، و6421 من مقاتلي الفصائل المقاتلة والإسلامية وقوات سوريا الديمقراطية، و8006 من عناصر تنظيم “الدولة الإسلامية” وهيئة تحرير الشام، بينهم 2913 من جنسيات غير سورية.\n\n"
  "ومن بين الضحايا المدنيين، ارتقى ما لا يقل عن 1870 مدنياً بضربات التحالف الدولي، غالبيتهم في مدينة الرقة وريف دير الزور، وحوالي 1100 مدني بغارات الطائرات الروسية.\n\n"
  "كما أصيب ما يزيد عن 60 ألفاً بجراح، بعضهم بإعاقات دائمة، ولا يزال أكثر من 3 آلاف شخص مختطفين لدى تنظيم “الدولة الإسلامية” لم يعرف مصيرهم، فيما شرد مئات الآلاف من منازلهم.",
  [("killed", 39000, "about", "unknown", None, None, True, None, None, None, "زهاء 39 ألف شخص"),
   ("killed", 39087, "exact", "unknown", None, None, True, None, None, None, "مقتل 39087 شخصاً"),
   ("killed", 10507, "exact", "civilian", None, "o2", True, None, None, None, "10507 مدنيين"),
   ("killed", 2109, "exact", "civilian", "children", "o3", True, None, None, None, "2109 أطفال"),
   ("killed", 1430, "exact", "civilian", "women", "o3", True, None, None, None, "و1430 مواطنة"),
   ("killed", 28580, "exact", "combatant", None, "o2", True, None, None, None, "و28580 مقاتلاً"),
   ("killed", 7180, "exact", "combatant", None, "o6", True, "regime forces", None, None, "7180 من قوات النظام"),
   ("killed", 412, "exact", "combatant", "officers", "o7", True, "regime forces", None, None, "412 ضابطاً"),
   ("killed", 5130, "exact", "combatant", None, "o6", True, "pro-regime militias", None, None, "و5130 من المسلحين الموالين"),
   ("killed", 1843, "exact", "combatant", "foreign fighters", "o6", True, "non-Syrian pro-regime militias", None, None, "و1843 من المقاتلين غير السوريين"),
   ("killed", 6421, "exact", "combatant", None, "o6", True, "rebel and Islamic factions and SDF", None, None, "و6421 من مقاتلي الفصائل"),
   ("killed", 8006, "exact", "combatant", None, "o6", True, "IS and HTS", None, None, "و8006 من عناصر تنظيم"),
   ("killed", 2913, "exact", "combatant", "foreign fighters", "o12", True, "IS and HTS", None, None, "2913 من جنسيات غير سورية"),
   ("killed", 1870, "at_least", "civilian", None, "o3", True, None, "international coalition", None, "ما لا يقل عن 1870 مدنياً"),
   ("killed", 1100, "about", "civilian", None, "o3", True, None, "Russian air force", None, "وحوالي 1100 مدني"),
   ("wounded", 60000, "more_than", "unknown", None, None, True, None, None, None, "ما يزيد عن 60 ألفاً"),
   ("kidnapped", 3000, "more_than", "unknown", None, None, True, None, "IS", None, "أكثر من 3 آلاف شخص مختطفين")]),
 ("ho12-ghouta-family", "2018-02-21",
  "مجزرة في كفربطنا تودي بحياة 5 من عائلة واحدة .. وحصيلة الغوطة الشرقية ترتفع إلى 23 منذ فجر اليوم",
  "ريف دمشق – المرصد السوري لحقوق الإنسان:: ارتكبت الطائرات الحربية التابعة للنظام مجزرة جديدة في بلدة كفربطنا بالغوطة الشرقية، راح ضحيتها رجل وزوجته وأطفالهما الثلاثة، بعد أن استهدفت غارتان منزلهم في الحي الغربي من البلدة، وكان أفراد العائلة الخمسة قد لجؤوا إلى الطابق الأرضي هرباً من القصف، وأصغرهم طفلة عمرها عامان.\n\n"
  "وفي دوما، فارق ٦ مواطنين الحياة، بينهم طفلان شقيقان ومواطنة في العقد السابع من عمرها، جراء سقوط عشرات القذائف والصواريخ على أحياء المدينة، فيما قضى 3 آخرون في حمورية، ومواطن بعربين، كما أصيب أكثر من 70 آخرين بجراح، بعضهم في حالات حرجة.\n\n"
  "ليرتفع إلى 23 بينهم 7 أطفال و4 مواطنات عدد المدنيين الذين ارتقوا منذ فجر اليوم الأربعاء، في اليوم الرابع من التصعيد الأعنف على الغوطة الشرقية منذ مطلع العام.\n\n"
  "بينما أصيب 11 مدنياً بينهم نساء بحالات اختناق إثر استهداف أطراف حرستا بقذائف يرجح أنها تحمل غاز الكلور، ولا يزال عدد من المواطنين مفقودين تحت أنقاض المباني المدمرة في كفربطنا وسقبا.",
  [("killed", 5, "exact", "civilian", "family", None, False, None, "regime air force", "كفربطنا", "5 من عائلة واحدة"),
   ("killed", 23, "exact", "civilian", None, None, True, None, "regime forces", "الغوطة الشرقية", "ترتفع إلى 23 منذ فجر اليوم"),
   ("killed", 1, "exact", "civilian", "men", None, False, None, "regime air force", "كفربطنا", "راح ضحيتها رجل"),
   ("killed", 1, "exact", "civilian", "women", None, False, None, "regime air force", "كفربطنا", "وزوجته"),
   ("killed", 3, "exact", "civilian", "children", None, False, None, "regime air force", "كفربطنا", "وأطفالهما الثلاثة"),
   ("killed", 5, "exact", "civilian", "family", None, False, None, "regime air force", "كفربطنا", "أفراد العائلة الخمسة"),
   ("killed", 6, "exact", "civilian", None, None, False, None, "regime forces", "دوما", "فارق ٦ مواطنين"),
   ("killed", 2, "exact", "civilian", "children", "o7", False, None, "regime forces", "دوما", "طفلان شقيقان"),
   ("killed", 1, "exact", "civilian", "women", "o7", False, None, "regime forces", "دوما", "ومواطنة في العقد السابع"),
   ("killed", 3, "exact", "civilian", None, None, False, None, "regime forces", "حمورية", "قضى 3 آخرون"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "regime forces", "عربين", "ومواطن بعربين"),
   ("wounded", 70, "more_than", "civilian", None, None, False, None, "regime forces", None, "أكثر من 70 آخرين"),
   ("killed", 23, "exact", "civilian", None, None, True, None, "regime forces", "الغوطة الشرقية", "ليرتفع إلى 23"),
   ("killed", 7, "exact", "civilian", "children", "o13", True, None, "regime forces", "الغوطة الشرقية", "7 أطفال"),
   ("killed", 4, "exact", "civilian", "women", "o13", True, None, "regime forces", "الغوطة الشرقية", "و4 مواطنات"),
   ("wounded", 11, "exact", "civilian", None, None, False, None, "regime forces", "حرستا", "أصيب 11 مدنياً"),
   ("missing", None, "several", "civilian", None, None, False, None, None, None, "عدد من المواطنين")]),
 ("ho12-is-executions", "2016-08-14",
  "في مشهد متكرر .. تنظيم “الدولة الإسلامية” يعدم 4 رجال بتهمة “التخابر مع التحالف” في الميادين",
  "محافظة دير الزور – المرصد السوري لحقوق الإنسان:: أقدم تنظيم “الدولة الإسلامية” صباح اليوم على إعدام أربعة رجال في ساحة عامة بمدينة الميادين في ريف دير الزور الشرقي، أحدهم عمره 63 عاماً، بعد اتهامهم بـ “التخابر مع التحالف الدولي والتعامل مع الصحوات”، وجرى فصل رؤوسهم عن أجسادهم أمام عشرات المواطنين الذين أجبرهم عناصر التنظيم على الحضور.\n\n"
  "كما أعدم التنظيم رمياً بالرصاص عنصرين من قوات النظام كان قد أسرهما خلال هجوم على محيط مطار دير الزور العسكري قبل نحو 3 أسابيع، ونشر شريطاً مصوراً مدته 12 دقيقة يظهر عملية الإعدام.\n\n"
  "وبذلك يرتفع إلى 4217 عدد من أعدمهم التنظيم منذ إعلانه “الخلافة” في الـ 29 من حزيران / يونيو من العام 2014، بينهم 2361 مدنياً من ضمنهم 88 طفلاً و139 مواطنة، إضافة إلى ما يزيد عن 530 من عناصر التنظيم نفسه أعدمهم بتهم “الغلو” و“التجسس”، والبقية من قوات النظام والفصائل المقاتلة ووحدات حماية الشعب الكردي.\n\n"
  "وكان المرصد السوري نشر يوم أمس أن التنظيم اختطف 17 شاباً من أبناء بلدة الشحيل بتهمة “التواصل مع الفصائل”، أفرج عن 8 منهم بعد ساعات، فيما لا يزال الآخرون محتجزين في سجن التنظيم بالمدينة. وفي سياق منفصل، أسفر انفجار عبوة ناسفة بالقرب من سوق مدينة البوكمال عن مقتل وإصابة 7 مواطنين، ولم تعرف الجهة المسؤولة عن التفجير.",
  [("killed", 4, "exact", "civilian", "men", None, False, None, "IS", "الميادين", "يعدم 4 رجال"),
   ("killed", 4, "exact", "civilian", "men", None, False, None, "IS", "الميادين", "إعدام أربعة رجال"),
   ("killed", 2, "exact", "combatant", None, None, False, "regime forces", "IS", None, "عنصرين من قوات النظام"),
   ("killed", 4217, "exact", "unknown", None, None, True, None, "IS", None, "يرتفع إلى 4217"),
   ("killed", 2361, "exact", "civilian", None, "o4", True, None, "IS", None, "2361 مدنياً"),
   ("killed", 88, "exact", "civilian", "children", "o5", True, None, "IS", None, "88 طفلاً"),
   ("killed", 139, "exact", "civilian", "women", "o5", True, None, "IS", None, "و139 مواطنة"),
   ("killed", 530, "more_than", "combatant", None, "o4", True, "IS", "IS", None, "ما يزيد عن 530 من عناصر التنظيم"),
   ("kidnapped", 17, "exact", "civilian", None, None, False, None, "IS", "الشحيل", "اختطف 17 شاباً"),
   ("killed", 7, "exact", "civilian", None, None, False, None, None, "البوكمال", "مقتل وإصابة 7 مواطنين"),
   ("wounded", 7, "exact", "civilian", None, None, False, None, None, "البوكمال", "مقتل وإصابة 7 مواطنين")]),
 ("ho12-prisoner-exchange", "2018-11-24",
  "للمرة الثانية خلال شهرين .. تبادل أسرى ومعتقلين بين الفصائل وقوات النظام عند معبر قلعة المضيق",
  "محافظة حماة – المرصد السوري لحقوق الإنسان:: علم المرصد السوري لحقوق الإنسان أن عملية تبادل جرت بعد ظهر اليوم عند معبر قلعة المضيق في ريف حماة الشمالي الغربي، بين هيئة تحرير الشام والفصائل من جهة، وقوات النظام من جهة أخرى، بوساطة روسية – تركية.\n\n"
  "وجرى بموجب الاتفاق الإفراج عن 10 عناصر من قوات النظام كانت الفصائل قد أسرتهم خلال معارك ريف حماة الشمالي مطلع العام، مقابل إطلاق سراح 27 معتقلاً ومعتقلة من سجون النظام، بينهم 5 نساء وطفل، كما تسلمت قوات النظام جثث 3 من عناصرها قتلوا في وقت سابق، في حين تسلمت الفصائل جثتي مقاتلين اثنين من جيش العزة.\n\n"
  "ولا يزال أكثر من 100 من المختطفين لدى الفصائل منذ اقتحام بلدة اشتبرق عام 2015 مجهولي المصير، إلى جانب مئات المفقودين من أبناء ريفي حماة وإدلب.\n\n"
  "وتزامنت عملية التبادل مع مقتل عنصر من قوات النظام وإصابة اثنين آخرين برصاص قناص على محور الحويز، رغم سريان اتفاق “خفض التصعيد”، في حين اختطف مسلحون مجهولون طبيباً وابنه على طريق سراقب – إدلب، وطالبوا بفدية قدرها 100 ألف دولار أمريكي للإفراج عنهما.\n\n"
  "وفي سياق منفصل، لقي شاب حتفه برصاص قوات حرس الحدود التركية “الجندرما” أثناء محاولته العبور إلى الأراضي التركية من منطقة خربة الجوز بريف إدلب الغربي، ليرتفع إلى 422 عدد المدنيين السوريين الذين قضوا برصاص الجندرما منذ انطلاقة الثورة السورية، بينهم 77 طفلاً دون سن الـ 18، و41 مواطنة.",
  [("killed", 3, "exact", "combatant", None, None, False, "regime forces", None, None, "جثث 3 من عناصرها"),
   ("killed", 2, "exact", "combatant", None, None, False, "Jaish al-Izza", None, None, "جثتي مقاتلين اثنين"),
   ("kidnapped", 100, "more_than", "civilian", None, None, False, None, "factions", "اشتبرق", "أكثر من 100 من المختطفين"),
   ("missing", None, "hundreds", "civilian", None, None, False, None, None, None, "مئات المفقودين"),
   ("killed", 1, "exact", "combatant", None, None, False, "regime forces", None, "الحويز", "مقتل عنصر من قوات النظام"),
   ("wounded", 2, "exact", "combatant", None, None, False, "regime forces", None, "الحويز", "اثنين آخرين"),
   ("kidnapped", 1, "exact", "civilian", "doctors", None, False, None, "unknown gunmen", None, "طبيباً"),
   ("kidnapped", 1, "exact", "civilian", None, None, False, None, "unknown gunmen", None, "وابنه"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "Turkish border guards", "خربة الجوز", "لقي شاب حتفه"),
   ("killed", 422, "exact", "civilian", None, None, True, None, "Turkish border guards", None, "ليرتفع إلى 422"),
   ("killed", 77, "exact", "civilian", "children", "o10", True, None, "Turkish border guards", None, "77 طفلاً"),
   ("killed", 41, "exact", "civilian", "women", "o10", True, None, "Turkish border guards", None, "و41 مواطنة")]),
 ("ho12-aleppo-english", "2016-12-01",
  "At least 27 civilians killed in renewed Russian and regime airstrikes on the eastern neighbourhoods of Aleppo city",
  "Aleppo province – Syrian Observatory for Human Rights:: The Syrian Observatory documented the death of 27 civilians at least, including 8 children and 3 women, in dozens of airstrikes carried out by warplanes believed to be Russian and by regime helicopters, which dropped more than 40 barrel bombs on al-Kalasa, Bustan al-Qasr and al-Sukkari neighbourhoods since dawn on Thursday.\n\n"
  "A man and his two daughters were among the dead in al-Sukkari, while a volunteer of the Civil Defence passed away of wounds he sustained yesterday when a shell hit his team in al-Mashhad neighbourhood. More than 150 civilians were wounded today and dozens are still missing under the rubble.\n\n"
  "The death toll of the bombardment on eastern Aleppo thus rises to 463 civilians, among them 109 children, since the regime forces and their allies started their offensive on the 15th of November, in addition to 211 fighters of the factions and Fateh al-Sham Front, while about 60 members of the regime forces and loyal militiamen of Syrian and non-Syrian nationalities were killed in the same period. Some 9,000 fighters are estimated to be deployed around the besieged neighbourhoods, and thousands of residents have fled towards the western part of the city.",
  [("killed", 27, "at_least", "civilian", None, None, False, None, "Russian and regime air forces", None, "At least 27 civilians"),
   ("killed", 27, "at_least", "civilian", None, None, False, None, "Russian and regime air forces", None, "27 civilians at least"),
   ("killed", 8, "exact", "civilian", "children", "o2", False, None, "Russian and regime air forces", None, "8 children"),
   ("killed", 3, "exact", "civilian", "women", "o2", False, None, "Russian and regime air forces", None, "3 women"),
   ("killed", 1, "exact", "civilian", "men", "o2", False, None, "Russian and regime air forces", None, "A man"),
   ("killed", 2, "exact", "civilian", "children", "o2", False, None, "Russian and regime air forces", None, "his two daughters"),
   ("killed", 1, "exact", "civilian", "civil defence", None, False, None, "regime forces", None, "a volunteer of the Civil Defence"),
   ("wounded", 150, "more_than", "civilian", None, None, False, None, "Russian and regime air forces", None, "More than 150 civilians"),
   ("missing", None, "dozens", "civilian", None, None, False, None, "Russian and regime air forces", None, "dozens are still missing"),
   ("killed", 463, "exact", "civilian", None, None, True, None, "regime forces and allies", None, "rises to 463 civilians"),
   ("killed", 109, "exact", "civilian", "children", "o10", True, None, "regime forces and allies", None, "109 children"),
   ("killed", 211, "exact", "combatant", None, None, True, "factions and Fateh al-Sham Front", None, None, "211 fighters"),
   ("killed", 60, "about", "combatant", None, None, True, "regime forces and loyal militias", None, None, "about 60 members of the regime forces")]),
 ("ho12-afrin-olive-branch", "2018-02-12",
  "في يومها الـ 24 .. ترتفع إلى 112 حصيلة الشهداء المدنيين منذ انطلاق عملية “غصن الزيتون”",
  "محافظة حلب – المرصد السوري لحقوق الإنسان:: تتواصل الاشتباكات العنيفة بين القوات التركية والفصائل الموالية لها من جهة، ووحدات حماية الشعب الكردي من جهة أخرى، على محاور في نواحي راجو وجنديرس وبلبل، بالتزامن مع قصف جوي ومدفعي تركي طال قرى عدة في ريف عفرين، ما أسفر عن ارتقاء 6 مواطنين، من ضمنهم 3 أطفال، في قرية كفرجنة.\n\n"
  "وفي التفاصيل التي حصل عليها المرصد السوري، فقد لقي 11 مقاتلاً من الفصائل حتفهم، وقتل جنديان تركيان إثر استهداف آليتهما بصاروخ موجه قرب جبل برصايا، بينما قضى 7 من مقاتلي ومقاتلات الوحدات.\n\n"
  "وبذلك ترتفع إلى 112 بينهم 21 طفلاً و14 مواطنة حصيلة المدنيين الذين وثق المرصد السوري استشهادهم منذ انطلاقة العملية في الـ 20 من كانون الثاني / يناير الفائت، فيما ارتفع عدد مقاتلي الفصائل الذين لقوا حتفهم إلى 263، وعدد قتلى القوات التركية إلى 31 جندياً، كما بلغ عدد قتلى وحدات حماية الشعب ووحدات حماية المرأة وقوات الدفاع الذاتي 247 على الأقل.\n\n"
  "وتسببت العمليات العسكرية منذ انطلاقتها بإصابة ما لا يقل عن 300 مدني بجراح متفاوتة، ونزوح عشرات الآلاف نحو مدينة عفرين ومناطق سيطرة النظام في نبل والزهراء.",
  [("killed", 112, "exact", "civilian", None, None, True, None, "Turkish forces and allied factions", "عفرين", "ترتفع إلى 112 حصيلة"),
   ("killed", 6, "exact", "civilian", None, None, False, None, "Turkish forces", "كفرجنة", "ارتقاء 6 مواطنين"),
   ("killed", 3, "exact", "civilian", "children", "o2", False, None, "Turkish forces", "كفرجنة", "3 أطفال"),
   ("killed", 11, "exact", "combatant", None, None, False, "Turkish-backed factions", "YPG", None, "لقي 11 مقاتلاً"),
   ("killed", 2, "exact", "combatant", None, None, False, "Turkish forces", "YPG", "جبل برصايا", "جنديان تركيان"),
   ("killed", 7, "exact", "combatant", None, None, False, "YPG and YPJ", "Turkish forces and allied factions", None, "قضى 7 من مقاتلي"),
   ("killed", 112, "exact", "civilian", None, None, True, None, "Turkish forces and allied factions", "عفرين", "ترتفع إلى 112 بينهم"),
   ("killed", 21, "exact", "civilian", "children", "o7", True, None, "Turkish forces and allied factions", "عفرين", "21 طفلاً"),
   ("killed", 14, "exact", "civilian", "women", "o7", True, None, "Turkish forces and allied factions", "عفرين", "و14 مواطنة"),
   ("killed", 263, "exact", "combatant", None, None, True, "Turkish-backed factions", "YPG", None, "إلى 263"),
   ("killed", 31, "exact", "combatant", None, None, True, "Turkish forces", "YPG", None, "31 جندياً"),
   ("killed", 247, "at_least", "combatant", None, None, True, "YPG, YPJ and self-defence forces", "Turkish forces and allied factions", None, "247 على الأقل"),
   ("wounded", 300, "at_least", "civilian", None, None, True, None, "Turkish forces and allied factions", None, "ما لا يقل عن 300 مدني")]),
 ("ho12-raqqa-mines", "2018-01-20",
  "ألغام التنظيم تودي بحياة 5 مواطنين في حي المشلب .. وعدد ضحايا الألغام في الرقة يتجاوز 170 منذ سيطرة قسد",
  "محافظة الرقة – المرصد السوري لحقوق الإنسان:: لقي 5 مواطنين حتفهم، هم رجل وأبناؤه الثلاثة وجارهم، جراء انفجار لغم أرضي من مخلفات تنظيم “الدولة الإسلامية” أثناء عودتهم لحي المشلب شرق مدينة الرقة لتفقد منزلهم، بعد نحو 3 أشهر من سيطرة قوات سوريا الديمقراطية على المدينة.\n\n"
  "كما أصيب طفلان بجراح خطرة، أحدهما عمره 12 عاماً، بانفجار عبوة ناسفة في حي الرميلة، فيما فارق شاب الحياة متأثراً بجراح أصيب بها قبل أيام جراء انفجار لغم في حي الدرعية.\n\n"
  "وانتشلت فرق الدفاع المدني جثث 9 أشخاص بينهم 4 أطفال من تحت أنقاض بناء في حي البدو، يرجح أنهم قضوا بضربات التحالف الدولي خلال معركة المدينة.\n\n"
  "وبذلك يرتفع إلى 173 عدد من قضوا جراء انفجار الألغام والعبوات الناسفة في مدينة الرقة وريفها منذ الـ 17 من تشرين الأول / أكتوبر 2017، بينهم 41 طفلاً و(19) مواطنة، إضافة إلى 12 من عناصر الفرق الهندسية التابعة لقسد، كما أصيب العشرات بجراح.\n\n"
  "ولا تزال الفرق الهندسية تعمل في أحياء المدينة، حيث فككت ما يزيد عن 1500 لغم وعبوة خلال الأسابيع الماضية، فيما لم تسجل أي إصابات خلال عمليات التفكيك يوم أمس.",
  [("killed", 5, "exact", "civilian", None, None, False, None, "IS mines", "المشلب", "تودي بحياة 5 مواطنين"),
   ("killed", 170, "more_than", "unknown", None, None, True, None, "IS mines", "الرقة", "يتجاوز 170"),
   ("killed", 5, "exact", "civilian", None, None, False, None, "IS mines", "المشلب", "لقي 5 مواطنين حتفهم"),
   ("killed", 1, "exact", "civilian", "men", "o3", False, None, "IS mines", "المشلب", "هم رجل"),
   ("killed", 3, "exact", "civilian", "sons", "o3", False, None, "IS mines", "المشلب", "وأبناؤه الثلاثة"),
   ("killed", 1, "exact", "civilian", None, "o3", False, None, "IS mines", "المشلب", "وجارهم"),
   ("wounded", 2, "exact", "civilian", "children", None, False, None, None, "الرميلة", "أصيب طفلان"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "IS mines", "الدرعية", "فارق شاب الحياة"),
   ("killed", 9, "exact", "civilian", None, None, False, None, "international coalition", "البدو", "جثث 9 أشخاص"),
   ("killed", 4, "exact", "civilian", "children", "o9", False, None, "international coalition", "البدو", "4 أطفال"),
   ("killed", 173, "exact", "unknown", None, None, True, None, "IS mines", "الرقة", "يرتفع إلى 173"),
   ("killed", 41, "exact", "civilian", "children", "o11", True, None, "IS mines", "الرقة", "41 طفلاً"),
   ("killed", 19, "exact", "civilian", "women", "o11", True, None, "IS mines", "الرقة", "(19) مواطنة"),
   ("killed", 12, "exact", "combatant", "deminers", "o11", True, "SDF", "IS mines", "الرقة", "12 من عناصر الفرق الهندسية"),
   ("wounded", None, "dozens", "unknown", None, None, True, None, "IS mines", "الرقة", "أصيب العشرات")]),
 ("ho12-iranian-militias", "2019-06-18",
  "مقتل 9 من الميليشيات الإيرانية بينهم 6 من “لواء فاطميون” بضربات جوية لطائرات مجهولة في ريف البوكمال",
  "محافظة دير الزور – المرصد السوري لحقوق الإنسان:: هزت انفجارات عنيفة منطقة الحزام الأخضر في ريف مدينة البوكمال عند الحدود السورية – العراقية، ناجمة عن 4 ضربات جوية نفذتها طائرات مجهولة يرجح أنها إسرائيلية، استهدفت مستودعات للأسلحة ومواقع تتمركز فيها الميليشيات الإيرانية وحزب الله اللبناني.\n\n"
  "ووثق المرصد السوري لحقوق الإنسان مقتل 9 عناصر على الأقل من الميليشيات الموالية لإيران، من بينهم 6 من الجنسية الأفغانية ينتمون لـ “لواء فاطميون”، واثنان من الجنسية العراقية، إضافة لقيادي لبناني في حزب الله، بينما استهدفت ضربة خامسة موقعاً قرب الميادين دون ورود معلومات عن خسائر بشرية.\n\n"
  "وفي بادية دير الزور الجنوبية الغربية، قضى 5 من عناصر قوات النظام والدفاع الوطني، بينهم ملازم أول، جراء هجوم نفذته خلايا تنظيم “الدولة الإسلامية” على نقطة عسكرية عند أطراف منطقة الشولا، استمرت على إثره الاشتباكات نحو ساعتين.\n\n"
  "كما فارق رعاة أغنام الحياة إثر انفجار لغم أرضي من مخلفات التنظيم في بادية العشارة، وهم 3 أشقاء تتراوح أعمارهم بين 14 و19 عاماً، وأصيب عدة رعاة آخرين بجراح.\n\n"
  "وبذلك، يرتفع إلى 247 عدد قتلى قوات النظام والمسلحين الموالين لها من جنسيات سورية وغير سورية ممن قضوا منذ الـ 24 من آذار / مارس 2019 وحتى اليوم، خلال هجمات وكمائن للتنظيم وضربات جوية وانفجار ألغام في البادية السورية، بينهم 51 من الميليشيات الموالية لإيران من جنسيات غير سورية، فيما قتل خلال الفترة ذاتها 93 من عناصر التنظيم.",
  [("killed", 9, "exact", "combatant", None, None, False, "Iranian militias", "unidentified aircraft", "البوكمال", "مقتل 9 من الميليشيات الإيرانية"),
   ("killed", 6, "exact", "combatant", None, "o1", False, "Fatemiyoun Brigade", "unidentified aircraft", "البوكمال", "6 من “لواء فاطميون”"),
   ("killed", 9, "at_least", "combatant", None, None, False, "Iranian militias", "unidentified aircraft", "البوكمال", "مقتل 9 عناصر على الأقل"),
   ("killed", 6, "exact", "combatant", "foreign fighters", "o3", False, "Fatemiyoun Brigade", "unidentified aircraft", "البوكمال", "6 من الجنسية الأفغانية"),
   ("killed", 2, "exact", "combatant", "foreign fighters", "o3", False, "Iranian militias", "unidentified aircraft", "البوكمال", "واثنان من الجنسية العراقية"),
   ("killed", 1, "exact", "combatant", "commanders", "o3", False, "Hezbollah", "unidentified aircraft", "البوكمال", "لقيادي لبناني"),
   ("killed", 5, "exact", "combatant", None, None, False, "regime forces and NDF", "IS", "الشولا", "قضى 5 من عناصر قوات النظام"),
   ("killed", 1, "exact", "combatant", "officers", "o7", False, "regime forces", "IS", "الشولا", "ملازم أول"),
   ("killed", 3, "exact", "civilian", None, None, False, None, "IS mines", "العشارة", "3 أشقاء"),
   ("wounded", None, "several", "civilian", None, None, False, None, "IS mines", "العشارة", "عدة رعاة آخرين"),
   ("killed", 247, "exact", "combatant", None, None, True, "regime forces and loyal militias", None, None, "يرتفع إلى 247"),
   ("killed", 51, "exact", "combatant", "foreign fighters", "o11", True, "Iranian militias", None, None, "51 من الميليشيات"),
   ("killed", 93, "exact", "combatant", None, None, True, "IS", None, None, "93 من عناصر التنظيم")]),
 ("ho12-idlib-hama-2019", "2019-05-09",
  "ارتقاء 13 مدنياً بينهم 5 أطفال في أكثر من 200 ضربة جوية وبرميل متفجر على ريفي إدلب وحماة",
  "محافظة إدلب – المرصد السوري لحقوق الإنسان:: واصلت الطائرات الحربية الروسية وطائرات النظام المروحية والحربية لليوم العاشر على التوالي تصعيدها الجوي على منطقة “خفض التصعيد”، حيث ألقى الطيران المروحي ما لا يقل عن 58 برميلاً متفجراً على خان شيخون والهبيط وكفرنبودة وقلعة المضيق، فيما نفذت الطائرات الروسية 71 غارة منذ ما بعد منتصف ليل أمس.\n\n"
  "وأسفر القصف عن ارتقاء 13 مدنياً، توزعوا كالتالي: 7 في مدينة خان شيخون بينهم طفلان وامرأة، و4 في الهبيط من ضمنهم 3 أطفال، ومواطنان بكفرنبودة، كما أصيب نحو 40 آخرين بجراح.\n\n"
  "وعلى محاور كفرنبودة، تدور معارك كر وفر منذ أن سيطرت قوات النظام على البلدة فجر أمس، ما أدى لسقوط 16 قتيلاً من قوات النظام، مقابل مقتل 12 من مقاتلي هيئة تحرير الشام والجبهة الوطنية للتحرير، بينهم قائد عسكري في جيش العزة.\n\n"
  "وبذلك ترتفع إلى ٢٦٧ حصيلة القتلى في صفوف الطرفين منذ بدء التصعيد في الـ 30 من نيسان / أبريل، هم 139 من قوات النظام والمسلحين الموالين لها، و128 من الفصائل والجهاديين، فيما بلغ عدد الشهداء المدنيين خلال الفترة ذاتها 184 شهيداً، ونزح ما يزيد عن 180 ألف شخص نحو الحدود التركية.\n\n"
  "وأصيب عدد من عناصر الدفاع المدني بجراح جراء “ضربة مزدوجة” استهدفت فريقهم أثناء انتشال الضحايا في خان شيخون.",
  [("killed", 13, "exact", "civilian", None, None, False, None, "Russian and regime air forces", None, "ارتقاء 13 مدنياً بينهم"),
   ("killed", 5, "exact", "civilian", "children", "o1", False, None, "Russian and regime air forces", None, "5 أطفال"),
   ("killed", 13, "exact", "civilian", None, None, False, None, "Russian and regime air forces", None, "ارتقاء 13 مدنياً، توزعوا"),
   ("killed", 7, "exact", "civilian", None, "o3", False, None, "Russian and regime air forces", "خان شيخون", "7 في مدينة خان شيخون"),
   ("killed", 2, "exact", "civilian", "children", "o4", False, None, "Russian and regime air forces", "خان شيخون", "طفلان وامرأة"),
   ("killed", 1, "exact", "civilian", "women", "o4", False, None, "Russian and regime air forces", "خان شيخون", "وامرأة"),
   ("killed", 4, "exact", "civilian", None, "o3", False, None, "Russian and regime air forces", "الهبيط", "و4 في الهبيط"),
   ("killed", 3, "exact", "civilian", "children", "o7", False, None, "Russian and regime air forces", "الهبيط", "3 أطفال"),
   ("killed", 2, "exact", "civilian", None, "o3", False, None, "Russian and regime air forces", "كفرنبودة", "ومواطنان بكفرنبودة"),
   ("wounded", 40, "about", "civilian", None, None, False, None, "Russian and regime air forces", None, "نحو 40 آخرين"),
   ("killed", 16, "exact", "combatant", None, None, False, "regime forces", "HTS and National Liberation Front", "كفرنبودة", "سقوط 16 قتيلاً"),
   ("killed", 12, "exact", "combatant", None, None, False, "HTS and National Liberation Front", "regime forces", "كفرنبودة", "مقتل 12 من مقاتلي"),
   ("killed", 1, "exact", "combatant", "commanders", "o12", False, "Jaish al-Izza", "regime forces", "كفرنبودة", "قائد عسكري"),
   ("killed", 267, "exact", "combatant", None, None, True, None, None, None, "ترتفع إلى ٢٦٧"),
   ("killed", 139, "exact", "combatant", None, "o14", True, "regime forces and loyal militias", None, None, "139 من قوات النظام"),
   ("killed", 128, "exact", "combatant", None, "o14", True, "factions and jihadists", None, None, "و128 من الفصائل"),
   ("killed", 184, "exact", "civilian", None, None, True, None, None, None, "184 شهيداً"),
   ("wounded", None, "several", "civilian", "civil defence", None, False, None, "Russian and regime air forces", "خان شيخون", "عدد من عناصر الدفاع المدني")]),
 ("ho12-daraa-settlement", "2019-06-28",
  "رغم “اتفاق التسوية” .. اغتيال قيادي في “الفيلق الخامس” وعنصرين من “الفرقة الرابعة” في ريف درعا",
  "محافظة درعا – المرصد السوري لحقوق الإنسان:: لقي قيادي في “الفيلق الخامس” المدعوم روسياً حتفه، وهو قيادي سابق في الفصائل المقاتلة كان قد انضم لـ “المصالحة” بعد اتفاق التسوية في تموز / يوليو 2018، جراء استهداف سيارته بعبوة ناسفة على الطريق الواصل بين بلدتي المزيريب واليادودة بريف درعا الغربي، ما أدى أيضاً لإصابة مرافقيه الاثنين بجراح خطرة.\n\n"
  "وفي مدينة جاسم، عثر على جثتي عنصرين من “الفرقة الرابعة” مقتولين بطلقات نارية في الرأس، بعد يومين من اختطافهما على يد مسلحين مجهولين.\n\n"
  "كما وثق المرصد السوري مفارقة شاب من أبناء بلدة الحراك الحياة تحت التعذيب في سجون النظام، بعد 8 أشهر من اعتقاله رغم حصوله على “بطاقة تسوية”، ليرتفع إلى 19 عدد أبناء محافظة درعا الذين قضوا تحت التعذيب منذ توقيع الاتفاق.\n\n"
  "ومنذ مطلع حزيران / يونيو الجاري، بلغ عدد محاولات الاغتيال في درعا 31 محاولة، أسفرت عن مقتل ٢٢ شخصاً، هم: 9 مدني بينهم طفلة، و13 من العسكريين، توزعوا بين 7 من قوات النظام والأجهزة الأمنية، و6 من المقاتلين السابقين الذين أجروا تسويات، بينما نجا آخرون من محاولات الاغتيال.\n\n"
  "في حين اختطف مسلحون مجهولون 3 شبان في ريف درعا الشرقي، اثنان منهم من بلدة صيدا والأخير من بلدة النعيمة، وأفرجوا عن أحدهم في وقت لاحق بعد دفع فدية مالية قدرها 10 ملايين ليرة سورية.",
  [("killed", 1, "exact", "combatant", "commanders", None, False, "Fifth Corps", "unknown", None, "اغتيال قيادي"),
   ("killed", 2, "exact", "combatant", None, None, False, "Fourth Division (regime forces)", "unknown", None, "وعنصرين من “الفرقة الرابعة”"),
   ("killed", 1, "exact", "combatant", "commanders", None, False, "Fifth Corps", "unknown", None, "لقي قيادي في"),
   ("wounded", 2, "exact", "combatant", None, None, False, "Fifth Corps", "unknown", None, "مرافقيه الاثنين"),
   ("killed", 2, "exact", "combatant", None, None, False, "Fourth Division (regime forces)", "unknown gunmen", "جاسم", "جثتي عنصرين"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "regime forces", "الحراك", "مفارقة شاب"),
   ("killed", 19, "exact", "civilian", None, None, True, None, "regime forces", "درعا", "ليرتفع إلى 19"),
   ("killed", 22, "exact", "unknown", None, None, True, None, "unknown", "درعا", "مقتل ٢٢ شخصاً"),
   ("killed", 9, "exact", "civilian", None, "o8", True, None, "unknown", "درعا", "9 مدني"),
   ("killed", 1, "exact", "civilian", "children", "o9", True, None, "unknown", "درعا", "طفلة"),
   ("killed", 13, "exact", "combatant", None, "o8", True, None, "unknown", "درعا", "و13 من العسكريين"),
   ("killed", 7, "exact", "combatant", None, "o11", True, "regime forces and security services", "unknown", "درعا", "7 من قوات النظام"),
   ("killed", 6, "exact", "combatant", None, "o11", True, "former reconciled fighters", "unknown", "درعا", "و6 من المقاتلين السابقين"),
   ("kidnapped", 3, "exact", "civilian", None, None, False, None, "unknown gunmen", None, "3 شبان"),
   ("kidnapped", 2, "exact", "civilian", None, "o14", False, None, "unknown gunmen", "صيدا", "اثنان منهم"),
   ("kidnapped", 1, "exact", "civilian", None, "o14", False, None, "unknown gunmen", "النعيمة", "والأخير")]),
]

write_batch(Path(__file__).parent, SPEC)
