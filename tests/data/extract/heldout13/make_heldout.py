# ruff: noqa: E501  (the bulletins and their gold rows are data, one per line)
"""Writes held-out batch 13 (bulletins.jsonl) and its gold (gold/*.json) from SPEC.

Written blind to the extractor, varying the format: breaking flashes with timed updates and a
correction, line-per-item tolls ("- محافظة ...", "1- ...", "• ..."), one-sentence statistics
split by semicolons, quoted sources, Arabic-Indic digits, an English bulletin; mostly the east
and the south (Deir ez-Zor, Hasakah, al-Hol, Daraa, Suwayda, Quneitra, the Badia).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from heldout_batch import write_batch

SPEC = [
 ("ho13-flash-bukamal", "2019-07-14",
  "عاجل: ارتفاع حصيلة انفجار سيارة مفخخة بالبوكمال إلى 9 قتلى",
  "عاجل: انفجرت سيارة مفخخة قرب حاجز للميليشيات الموالية لإيران عند المدخل الغربي لمدينة البوكمال بريف دير الزور الشرقي، ما أدى لمقتل 4 أشخاص على الأقل وإصابة عدة آخرين.\n"
  "تحديث 11:40: ارتفع عدد القتلى إلى 7، بينهم 3 عناصر من الحرس الثوري الإيراني يحملون الجنسية العراقية، فيما أصيب ما لا يقل عن 12 آخرين بجراح بعضهم في حالة حرجة.\n"
  "تحديث 14:05: وثق المرصد السوري وفاة جريحين متأثرين بجراحهما، ليرتفع إلى 9 عدد القتلى، هم 5 من عناصر الميليشيات، وأربعة مدنيين بينهم طفل عمره 11 عاماً كان يبيع الخبز قرب الحاجز.\n"
  "تصحيح: بلغ عدد المصابين 12 مصاباً وليس 21 كما ورد في الخبر السابق، وفقاً لمصادر طبية في مشفى المدينة.\n"
  "وتضررت 3 سيارات و6 محال تجارية، فيما نصبت الميليشيات 4 حواجز جديدة على الطريق الواصل بين البوكمال والميادين.",
  [("killed", 9, "exact", "unknown", None, None, True, None, None, "البوكمال", "إلى 9 قتلى"),
   ("killed", 4, "at_least", "unknown", None, None, False, None, None, "البوكمال", "لمقتل 4 أشخاص على الأقل"),
   ("wounded", None, "several", "unknown", None, None, False, None, None, "البوكمال", "وإصابة عدة آخرين"),
   ("killed", 7, "exact", "unknown", None, None, True, None, None, "البوكمال", "ارتفع عدد القتلى إلى 7"),
   ("killed", 3, "exact", "combatant", None, "o4", True, "Iranian Revolutionary Guard", None, "البوكمال", "3 عناصر من الحرس الثوري الإيراني"),
   ("wounded", 12, "at_least", "unknown", None, None, False, None, None, "البوكمال", "ما لا يقل عن 12 آخرين"),
   ("killed", 2, "exact", "unknown", None, None, False, None, None, "البوكمال", "وفاة جريحين متأثرين بجراحهما"),
   ("killed", 9, "exact", "unknown", None, None, True, None, None, "البوكمال", "ليرتفع إلى 9 عدد القتلى"),
   ("killed", 5, "exact", "combatant", None, "o8", True, "pro-Iranian militias", None, "البوكمال", "هم 5 من عناصر الميليشيات"),
   ("killed", 4, "exact", "civilian", None, "o8", True, None, None, "البوكمال", "وأربعة مدنيين"),
   ("killed", 1, "exact", "civilian", "children", "o10", True, None, None, "البوكمال", "بينهم طفل عمره 11 عاماً"),
   ("wounded", 12, "exact", "unknown", None, None, False, None, None, "البوكمال", "عدد المصابين 12 مصاباً")]),
 ("ho13-daily-governorates", "2018-12-03",
  "حصيلة يوم الأحد: نحو 30 شهيداً وقتيلاً في 5 محافظات سورية",
  "المرصد السوري لحقوق الإنسان:: وثق المرصد السوري لحقوق الإنسان مقتل واستشهاد 29 شخصاً يوم أمس الأحد الثاني من كانون الأول / ديسمبر، في 5 محافظات سورية، بينهم 15 مدنياً، وجاءت الحصيلة على الشكل التالي:\n"
  "- محافظة درعا: 7 مواطنين بينهم 3 أطفال وأمهم، جراء قصف صاروخي من قبل قوات النظام على نصيب.\n"
  "- محافظة القنيطرة: مواطنان اثنان برصاص قناص مجهول في قرية الحميدية.\n"
  "- محافظة دير الزور: 5 مدنيين بينهم سيدتان جراء غارات للتحالف الدولي على الباغوز، حيث قضى المواطنون الخمسة داخل منزل واحد، و8 عناصر من تنظيم “الدولة الإسلامية” في اشتباكات مع قسد.\n"
  "- محافظة السويداء: 4 عناصر من قوات الدفاع الوطني بهجوم لخلايا التنظيم على قرية الشبكي في الريف الشرقي.\n"
  "- محافظة الحسكة: مواطن عثر على جثته مقتولاً بالرصاص قرب مدينة الشدادي، وعنصران من قسد بانفجار لغم أرضي.\n"
  "ويشكل المدنيون نحو 52% من حصيلة اليوم، وسقط قرابة نصفهم في محافظة درعا، في حين أصيب حوالي 40 آخرين بجراح متفاوتة الخطورة في المحافظات الخمس.",
  [("killed", 30, "about", "unknown", None, None, False, None, None, None, "نحو 30 شهيداً وقتيلاً"),
   ("killed", 29, "exact", "unknown", None, None, False, None, None, None, "مقتل واستشهاد 29 شخصاً"),
   ("killed", 15, "exact", "civilian", None, "o2", False, None, None, None, "بينهم 15 مدنياً"),
   ("killed", 7, "exact", "civilian", None, None, False, None, "regime forces", "نصيب", "7 مواطنين بينهم"),
   ("killed", 3, "exact", "civilian", "children", "o4", False, None, "regime forces", "نصيب", "3 أطفال وأمهم"),
   ("killed", 1, "exact", "civilian", "women", "o4", False, None, "regime forces", "نصيب", "وأمهم"),
   ("killed", 2, "exact", "civilian", None, None, False, None, "unidentified sniper", "الحميدية", "مواطنان اثنان"),
   ("killed", 5, "exact", "civilian", None, None, False, None, "international coalition", "الباغوز", "5 مدنيين بينهم سيدتان"),
   ("killed", 2, "exact", "civilian", "women", "o8", False, None, "international coalition", "الباغوز", "سيدتان"),
   ("killed", 5, "exact", "civilian", None, None, False, None, "international coalition", "الباغوز", "المواطنون الخمسة"),
   ("killed", 8, "exact", "combatant", None, None, False, "IS", "SDF", "دير الزور", "و8 عناصر من تنظيم"),
   ("killed", 4, "exact", "combatant", None, None, False, "NDF", "IS cells", "الشبكي", "4 عناصر من قوات الدفاع الوطني"),
   ("killed", 1, "exact", "civilian", None, None, False, None, None, "الشدادي", "مواطن عثر على جثته"),
   ("killed", 2, "exact", "combatant", None, None, False, "SDF", "landmine", "الحسكة", "وعنصران من قسد"),
   ("wounded", 40, "about", "unknown", None, None, False, None, None, None, "حوالي 40 آخرين")]),
 ("ho13-monthly-semicolons", "2020-04-01",
  "المرصد السوري يوثق مقتل 412 شخصاً خلال شهر آذار 2020.. 98 منهم مدنيون",
  "وثق المرصد السوري لحقوق الإنسان خلال شهر آذار / مارس الفائت مقتل 412 شخصاً على امتداد الأراضي السورية، توزعوا على النحو التالي: 98 مدنياً، بينهم 27 طفلاً دون سن الثامنة عشرة و14 سيدة، ومن بين المدنيين 6 قضوا تحت التعذيب في سجون النظام؛ 131 من قوات النظام والمسلحين الموالين لها، بينهم 22 ضابطاً؛ 57 من الميليشيات الموالية لإيران من جنسيات غير سورية، بينهم 9 من حزب الله اللبناني؛ 73 مقاتلاً من الفصائل وهيئة تحرير الشام؛ 29 من قوات سوريا الديمقراطية؛ 11 من مسلحي أبناء العشائر؛ 13 من عناصر تنظيم “الدولة الإسلامية”.\n\n"
  "ويشكل المدنيون نحو 24% من إجمالي الحصيلة، بينما سقط قرابة ثلثي القتلى في 3 محافظات هي إدلب وحلب ودير الزور، كما أصيب مئات آخرون بجراح متفاوتة الخطورة خلال الشهر.\n\n"
  "وشهد الشهر نزوح قرابة 3 آلاف عائلة من قرى ريف دير الزور الشرقي، ودمار 40 منزلاً على الأقل، بعد أن نفذت الطائرات الروسية أكثر من 90 غارة.\n\n"
  "وبذلك يرتفع إلى أكثر من 585 ألفاً عدد الذين وثق المرصد السوري مقتلهم منذ انطلاقة الثورة السورية في آذار / مارس 2011.",
  [("killed", 412, "exact", "unknown", None, None, True, None, None, None, "مقتل 412 شخصاً خلال شهر آذار"),
   ("killed", 98, "exact", "civilian", None, "o1", True, None, None, None, "98 منهم مدنيون"),
   ("killed", 412, "exact", "unknown", None, None, True, None, None, None, "مقتل 412 شخصاً على امتداد"),
   ("killed", 98, "exact", "civilian", None, "o3", True, None, None, None, "98 مدنياً"),
   ("killed", 27, "exact", "civilian", "children", "o4", True, None, None, None, "27 طفلاً دون سن الثامنة عشرة"),
   ("killed", 14, "exact", "civilian", "women", "o4", True, None, None, None, "و14 سيدة"),
   ("killed", 6, "exact", "civilian", "detainees", "o4", True, None, "regime forces", None, "6 قضوا تحت التعذيب"),
   ("killed", 131, "exact", "combatant", None, "o3", True, "regime forces", None, None, "131 من قوات النظام"),
   ("killed", 22, "exact", "combatant", "officers", "o8", True, "regime forces", None, None, "22 ضابطاً"),
   ("killed", 57, "exact", "combatant", None, "o3", True, "pro-Iranian militias", None, None, "57 من الميليشيات الموالية لإيران"),
   ("killed", 9, "exact", "combatant", None, "o10", True, "Hezbollah", None, None, "9 من حزب الله اللبناني"),
   ("killed", 73, "exact", "combatant", None, "o3", True, "factions and HTS", None, None, "73 مقاتلاً من الفصائل"),
   ("killed", 11, "exact", "combatant", None, "o3", True, "tribal fighters", None, None, "11 من مسلحي أبناء العشائر"),
   ("killed", 29, "exact", "combatant", None, "o3", True, "SDF", None, None, "29 من قوات سوريا الديمقراطية"),
   ("killed", 13, "exact", "combatant", None, "o3", True, "IS", None, None, "13 من عناصر تنظيم"),
   ("wounded", None, "hundreds", "unknown", None, None, True, None, None, None, "أصيب مئات آخرون"),
   ("killed", 585000, "more_than", "unknown", None, None, True, None, None, None, "أكثر من 585 ألفاً")]),
 ("ho13-english-tribes", "2023-09-01",
  "SOHR: Death toll of clashes between SDF and tribal fighters in Deir Ezzor rises to 54",
  "SOHR activists have documented the deaths of 7 more people today, September 1, in renewed clashes between the SDF and members of Arab tribes in the eastern countryside of Deir Ezzor, raising to 54 the number of people killed since the outbreak of the fighting on August 27. "
  "The death toll includes 9 civilians, among them two children and a woman, 27 tribal fighters and members of Deir Ezzor Military Council, and 18 SDF fighters. "
  "Since the start of the fighting, more than 30 people, including 11 civilians, have sustained injuries, while the SDF captured several tribal fighters in raids on Al-Shuhayl.\n\n"
  "Medical sources told SOHR that a civilian man in his 40s succumbed to his injuries at a hospital in Al-Busayrah, while SDF deployed nearly 1,500 fighters backed by 20 armoured vehicles to the area, and about 60% of the residents of Dhiban have fled. "
  "Moreover, a landmine left over from the war killed two shepherds, a teenager aged 15 and his father, near Dhiban town, while no casualties were reported in a drone strike on an SDF position in Al-Sour.",
  [("killed", 54, "exact", "unknown", None, None, True, None, None, None, "rises to 54"),
   ("killed", 7, "exact", "unknown", None, None, False, None, None, None, "deaths of 7 more people"),
   ("killed", 54, "exact", "unknown", None, None, True, None, None, None, "raising to 54 the number of people killed"),
   ("killed", 9, "exact", "civilian", None, "o3", True, None, None, None, "9 civilians"),
   ("killed", 2, "exact", "civilian", "children", "o4", True, None, None, None, "two children"),
   ("killed", 1, "exact", "civilian", "women", "o4", True, None, None, None, "a woman"),
   ("killed", 27, "exact", "combatant", None, "o3", True, "tribal fighters and Deir Ezzor Military Council", "SDF", None, "27 tribal fighters"),
   ("killed", 18, "exact", "combatant", None, "o3", True, "SDF", "tribal fighters", None, "18 SDF fighters"),
   ("wounded", 30, "more_than", "unknown", None, None, True, None, None, None, "more than 30 people"),
   ("wounded", 11, "exact", "civilian", None, "o9", True, None, None, None, "including 11 civilians"),
   ("captured", None, "several", "combatant", None, None, False, "tribal fighters", "SDF", None, "captured several tribal fighters"),
   ("killed", 1, "exact", "civilian", "men", None, False, None, None, None, "a civilian man in his 40s"),
   ("killed", 2, "exact", "civilian", None, None, False, None, "landmine", None, "killed two shepherds"),
   ("killed", 1, "exact", "civilian", "children", "o13", False, None, "landmine", None, "a teenager aged 15"),
   ("killed", 1, "exact", "civilian", "men", "o13", False, None, "landmine", None, "his father")]),
 ("ho13-daraa-indic", "2022-10-19",
  "منذ مطلع العام: ٣١٢ محاولة اغتيال في درعا تسفر عن مقتل ٢١٦ شخصاً",
  "محافظة درعا – المرصد السوري لحقوق الإنسان:: قتل شاب يبلغ من العمر ٢٤ عاماً برصاص مسلحين مجهولين يستقلون دراجة نارية بجاسم في ريف درعا الشمالي، مساء الثلاثاء. "
  "كما أصيب عنصران من اللواء الثامن المدعوم روسياً بانفجار عبوة ناسفة زرعها مجهولون على طريق بلدة معربة قرب بصرى الشام، بعد ساعات من مرور دورية للشرطة العسكرية الروسية مؤلفة من ٤ عربات على الطريق ذاته.\n\n"
  "ووفقاً لإحصائيات المرصد السوري، فقد بلغت محاولات الاغتيال في محافظة درعا منذ مطلع العام الجاري ٣١٢ محاولة، أسفرت عن مقتل ٢١٦ شخصاً، هم: ٧٤ مدنياً بينهم ٦ أطفال و٣ سيدات؛ ١٠٢ من عناصر قوات النظام والمتعاونين مع الأجهزة الأمنية؛ ٢٣ من مقاتلي فصائل المعارضة سابقاً ممن أجروا “تسويات”؛ ١٢ من عناصر اللواء الثامن؛ و٥ من الميليشيات السورية التابعة لحزب الله. "
  "فيما نجا ٣١ شخصاً من محاولات الاغتيال، وأصيب ما لا يقل عن ٦٠ آخرين بجراح.\n\n"
  "وكان المرصد السوري قد وثق في تقرير سابق مطلع الشهر مقتل ٢٠٤ أشخاص في عمليات مماثلة منذ بداية العام.",
  [("killed", 216, "exact", "unknown", None, None, True, None, None, "درعا", "تسفر عن مقتل ٢١٦ شخصاً"),
   ("killed", 1, "exact", "civilian", "men", None, False, None, "unidentified gunmen", "جاسم", "قتل شاب"),
   ("wounded", 2, "exact", "combatant", None, None, False, "Eighth Brigade", None, "معربة", "أصيب عنصران من اللواء الثامن"),
   ("killed", 216, "exact", "unknown", None, None, True, None, None, "درعا", "أسفرت عن مقتل ٢١٦ شخصاً"),
   ("killed", 74, "exact", "civilian", None, "o4", True, None, None, "درعا", "٧٤ مدنياً"),
   ("killed", 6, "exact", "civilian", "children", "o5", True, None, None, "درعا", "٦ أطفال"),
   ("killed", 3, "exact", "civilian", "women", "o5", True, None, None, "درعا", "و٣ سيدات"),
   ("killed", 102, "exact", "combatant", None, "o4", True, "regime forces", None, "درعا", "١٠٢ من عناصر قوات النظام"),
   ("killed", 23, "exact", "combatant", None, "o4", True, "former faction fighters", None, "درعا", "٢٣ من مقاتلي فصائل المعارضة سابقاً"),
   ("killed", 12, "exact", "combatant", None, "o4", True, "Eighth Brigade", None, "درعا", "١٢ من عناصر اللواء الثامن"),
   ("killed", 5, "exact", "combatant", None, "o4", True, "Hezbollah-affiliated militias", None, "درعا", "و٥ من الميليشيات السورية"),
   ("wounded", 60, "at_least", "unknown", None, None, True, None, None, "درعا", "ما لا يقل عن ٦٠ آخرين"),
   ("killed", 204, "exact", "unknown", None, None, True, None, None, None, "مقتل ٢٠٤ أشخاص")]),
 ("ho13-hol-camp", "2021-03-22",
  "مخيم الهول: وفاة 4 أطفال خلال أسبوع وارتفاع حصيلة القتلى منذ مطلع العام إلى 73",
  "محافظة الحسكة – المرصد السوري لحقوق الإنسان:: أفاد نشطاء المرصد السوري أن طفلين شقيقين، أحدهما رضيع، فارقا الحياة في القسم الخامس من مخيم الهول شرقي الحسكة، إثر اندلاع حريق في خيمتهما ليلة أمس، كما أصيبت والدتهما بحروق بالغة. "
  "وقالت مصادر طبية في المخيم إن طفلة عمرها 3 سنوات توفيت صباح اليوم بسبب سوء التغذية ونقص الرعاية الصحية، في حين قضى طفل آخر غرقاً في حفرة للصرف الصحي، ليرتفع إلى 4 عدد الأطفال الذين فارقوا الحياة في المخيم خلال الأسبوع الجاري.\n\n"
  "وفي سياق منفصل، عثر على جثة لاجئ عراقي مقتولاً بطلقات نارية في القسم الثالث، وجثة امرأة من الجنسية السورية مقتولة خنقاً قرب سوق المخيم، ليرتفع إلى 73 عدد اللاجئين والنازحين الذين قتلوا في المخيم منذ مطلع العام، هم: 26 امرأة و41 رجلاً و6 أطفال، بينهم 29 من الجنسية العراقية. "
  "ويضم المخيم أكثر من 56 ألف شخص، نحو 64% منهم أطفال، وسط حملة أمنية تنفذها قوى الأمن الداخلي “الأسايش” بمشاركة 5 آلاف عنصر.",
  [("killed", 4, "exact", "civilian", "children", None, True, None, None, "مخيم الهول", "وفاة 4 أطفال خلال أسبوع"),
   ("killed", 73, "exact", "unknown", None, None, True, None, None, "مخيم الهول", "حصيلة القتلى منذ مطلع العام إلى 73"),
   ("killed", 2, "exact", "civilian", "children", None, False, None, None, "مخيم الهول", "أن طفلين شقيقين"),
   ("killed", 1, "exact", "civilian", "children", "o3", False, None, None, "مخيم الهول", "أحدهما رضيع"),
   ("wounded", 1, "exact", "civilian", "women", None, False, None, None, "مخيم الهول", "أصيبت والدتهما"),
   ("killed", 1, "exact", "civilian", "children", None, False, None, None, "مخيم الهول", "طفلة عمرها 3 سنوات"),
   ("killed", 1, "exact", "civilian", "children", None, False, None, None, "مخيم الهول", "قضى طفل آخر"),
   ("killed", 4, "exact", "civilian", "children", None, True, None, None, "مخيم الهول", "ليرتفع إلى 4 عدد الأطفال"),
   ("killed", 1, "exact", "civilian", None, None, False, None, None, "مخيم الهول", "عثر على جثة لاجئ عراقي"),
   ("killed", 1, "exact", "civilian", "women", None, False, None, None, "مخيم الهول", "وجثة امرأة"),
   ("killed", 73, "exact", "civilian", None, None, True, None, None, "مخيم الهول", "ليرتفع إلى 73 عدد اللاجئين والنازحين"),
   ("killed", 26, "exact", "civilian", "women", "o11", True, None, None, "مخيم الهول", "26 امرأة"),
   ("killed", 41, "exact", "civilian", "men", "o11", True, None, None, "مخيم الهول", "و41 رجلاً"),
   ("killed", 6, "exact", "civilian", "children", "o11", True, None, None, "مخيم الهول", "و6 أطفال"),
   ("killed", 29, "exact", "civilian", "Iraqis", "o11", True, None, None, "مخيم الهول", "بينهم 29 من الجنسية العراقية")]),
 ("ho13-badia-bullets", "2022-03-06",
  "خلايا التنظيم تواصل هجماتها في البادية: 17 قتيلاً من قوات النظام والميليشيات خلال 7 أيام",
  "المرصد السوري لحقوق الإنسان:: رصد المرصد السوري خلال الأسبوع الفائت تصاعداً في هجمات خلايا تنظيم “الدولة الإسلامية” في البادية السورية، وفيما يلي أبرز ما وثقه:\n"
  "• الأحد: مقتل 5 من عناصر الفرقة الرابعة بينهم ضابط برتبة ملازم أول، بهجوم على حافلة عسكرية على طريق تدمر – دير الزور.\n"
  "• الثلاثاء: مقتل عنصرين اثنين من الحرس الثوري الإيراني من الجنسية الأفغانية وإصابة ثالث، بكمين في بادية الميادين.\n"
  "• الأربعاء: مقتل 4 رعاة أغنام وفقدان اثنين آخرين، بعد هجوم لخلايا التنظيم بالسخنة، واستيلاء المهاجمين على نحو 300 رأس من الأغنام.\n"
  "• الخميس: مقتل 6 عناصر من قوات الدفاع الوطني وإصابة عدد من رفاقهم بانفجار لغم أرضي من مخلفات التنظيم في بادية الرصافة، بينما نفذت الطائرات الروسية 45 غارة على مواقع يعتقد أنها للتنظيم.\n"
  "• الجمعة: مقتل 4 من لواء القدس الفلسطيني بهجوم على نقطة عسكرية في بادية حمص الشرقية.\n"
  "وبذلك، يرتفع إلى 146 عدد قتلى قوات النظام والميليشيات الموالية لها في البادية منذ مطلع العام 2022، بينهم 11 ضابطاً، بالإضافة إلى 9 مدنيين من رعاة الأغنام وجامعي الكمأة، فيما بلغ عدد قتلى التنظيم 58 عنصراً خلال الفترة ذاتها.",
  [("killed", 17, "exact", "combatant", None, None, True, "regime forces and militias", "IS cells", None, "17 قتيلاً من قوات النظام"),
   ("killed", 5, "exact", "combatant", None, None, False, "Fourth Division", "IS cells", None, "مقتل 5 من عناصر الفرقة الرابعة"),
   ("killed", 1, "exact", "combatant", "officers", "o2", False, "Fourth Division", "IS cells", None, "ضابط برتبة ملازم أول"),
   ("killed", 2, "exact", "combatant", None, None, False, "Iranian Revolutionary Guard", "IS cells", "الميادين", "مقتل عنصرين اثنين"),
   ("wounded", 1, "exact", "combatant", None, None, False, "Iranian Revolutionary Guard", "IS cells", "الميادين", "وإصابة ثالث"),
   ("killed", 4, "exact", "civilian", None, None, False, None, "IS cells", "السخنة", "مقتل 4 رعاة أغنام"),
   ("missing", 2, "exact", "civilian", None, None, False, None, "IS cells", "السخنة", "وفقدان اثنين آخرين"),
   ("killed", 6, "exact", "combatant", None, None, False, "NDF", "landmine", "الرصافة", "مقتل 6 عناصر من قوات الدفاع الوطني"),
   ("wounded", None, "several", "combatant", None, None, False, "NDF", "landmine", "الرصافة", "عدد من رفاقهم"),
   ("killed", 4, "exact", "combatant", None, None, False, "Liwa al-Quds", "IS cells", None, "مقتل 4 من لواء القدس"),
   ("killed", 146, "exact", "combatant", None, None, True, "regime forces and militias", "IS cells", None, "يرتفع إلى 146 عدد قتلى"),
   ("killed", 11, "exact", "combatant", "officers", "o11", True, "regime forces and militias", "IS cells", None, "11 ضابطاً"),
   ("killed", 9, "exact", "civilian", None, None, True, None, "IS cells", None, "9 مدنيين من رعاة الأغنام"),
   ("killed", 58, "exact", "combatant", None, None, True, "IS", None, None, "عدد قتلى التنظيم 58 عنصراً")]),
 ("ho13-jandarma-numbered", "2023-10-09",
  "الجندرمة التركية تقتل 3 سوريين بينهم طفل خلال محاولتهم العبور إلى تركيا",
  "المرصد السوري لحقوق الإنسان:: وثق المرصد السوري مقتل 3 مواطنين سوريين برصاص حرس الحدود التركي “الجندرمة” أو تحت الضرب على أيديهم، خلال الساعات الـ48 الماضية، أثناء محاولتهم اجتياز الحدود بطريقة غير شرعية، وهم:\n"
  "1- شاب من أبناء مدينة دير الزور يبلغ 23 عاماً، قتل قرب قرية خربة الجوز بريف إدلب الغربي.\n"
  "2- طفل عمره 16 عاماً من ريف القامشلي، قتل قرب بلدة الدرباسية، وأصيب شقيقه الأكبر بجراح.\n"
  "3- رجل في العقد الخامس من عمره من ريف حلب، فارق الحياة بعد تعرضه للضرب المبرح على يد الجندرمة قرب رأس العين.\n"
  "كما أصيب 3 آخرون بجراح، إثنين منهم قرب بلدة عين البيضا بريف جسر الشغور والأخير قرب مدينة تل أبيض، وأعادت الجندرمة نحو 20 شخصاً إلى الأراضي السورية، في حين انتشلت فرق الدفاع المدني جثتي شابين غرقا في نهر العاصي قرب دركوش أثناء محاولتهما العبور سباحة.\n"
  "وبذلك، يرتفع إلى 27 عدد المدنيين السوريين الذين قتلوا برصاص الجندرمة منذ مطلع العام 2023، بينهم 4 أطفال وسيدة، فيما بلغ عدد الجرحى 34 شخصاً.",
  [("killed", 3, "exact", "civilian", None, None, False, None, "Turkish border guards", None, "تقتل 3 سوريين"),
   ("killed", 1, "exact", "civilian", "children", "o1", False, None, "Turkish border guards", None, "بينهم طفل"),
   ("killed", 3, "exact", "civilian", None, None, False, None, "Turkish border guards", None, "مقتل 3 مواطنين سوريين"),
   ("killed", 1, "exact", "civilian", "men", "o3", False, None, "Turkish border guards", "خربة الجوز", "1- شاب من أبناء مدينة دير الزور"),
   ("killed", 1, "exact", "civilian", "children", "o3", False, None, "Turkish border guards", "الدرباسية", "2- طفل عمره 16 عاماً"),
   ("wounded", 1, "exact", "civilian", None, None, False, None, "Turkish border guards", "الدرباسية", "وأصيب شقيقه الأكبر"),
   ("killed", 1, "exact", "civilian", "men", "o3", False, None, "Turkish border guards", "رأس العين", "3- رجل في العقد الخامس"),
   ("wounded", 3, "exact", "civilian", None, None, False, None, "Turkish border guards", None, "أصيب 3 آخرون"),
   ("wounded", 2, "exact", "civilian", None, "o8", False, None, "Turkish border guards", "عين البيضا", "إثنين منهم"),
   ("wounded", 1, "exact", "civilian", None, "o8", False, None, "Turkish border guards", "تل أبيض", "والأخير قرب مدينة تل أبيض"),
   ("killed", 2, "exact", "civilian", None, None, False, None, None, "دركوش", "جثتي شابين"),
   ("killed", 27, "exact", "civilian", None, None, True, None, "Turkish border guards", None, "يرتفع إلى 27 عدد المدنيين"),
   ("killed", 4, "exact", "civilian", "children", "o12", True, None, "Turkish border guards", None, "4 أطفال وسيدة"),
   ("killed", 1, "exact", "civilian", "women", "o12", True, None, "Turkish border guards", None, "وسيدة، فيما"),
   ("wounded", 34, "exact", "civilian", None, None, True, None, "Turkish border guards", None, "عدد الجرحى 34 شخصاً")]),
 ("ho13-suwayda-ransom", "2020-08-17",
  "السويداء: اختطاف 5 أشخاص بينهم طفل للمطالبة بفدية والإفراج عن مختطفين من عرمان مقابل 40 مليون ليرة",
  "محافظة السويداء – المرصد السوري لحقوق الإنسان:: أفاد نشطاء المرصد السوري أن مسلحين مجهولين اختطفوا 3 أشخاص من عائلة واحدة، هم رجل وزوجته وابنهما البالغ من العمر 9 أعوام، على طريق دمشق – السويداء قرب بلدة الصورة الكبيرة، واقتادوهم إلى جهة مجهولة، وطالبوا ذويهم بفدية قدرها 100 ألف دولار أمريكي.\n\n"
  "وقالت مصادر محلية إن عصابة تنشط في ريف درعا الشرقي اختطفت شابين من أبناء مدينة شهبا أثناء عودتهما من عملهما، كلاهما يعمل في تجارة المواشي. "
  "في المقابل، أفرجت عصابة أخرى عن المختطفين من أبناء قرية عرمان بعد احتجازهم لمدة 11 يوماً، مقابل فدية بلغت 40 مليون ليرة سورية.\n\n"
  "وفي سياق متصل، قتل عنصر من اللجان الشعبية وأصيب 3 من المسلحين المحليين في اشتباك مع الخاطفين بالقريا، فيما اختطفت مجموعات مسلحة محلية 6 من أبناء ريف درعا لمبادلتهم بالمختطفين.\n\n"
  "ووثق المرصد السوري منذ مطلع العام الجاري اختطاف 93 شخصاً في محافظة السويداء، أفرج عن معظمهم بعد دفع فدى مالية، فيما لا يزال 14 شخصاً في عداد المفقودين حتى اللحظة، وعثر على جثث 8 مختطفين.",
  [("kidnapped", 5, "exact", "civilian", None, None, False, None, "kidnapping gangs", "السويداء", "اختطاف 5 أشخاص"),
   ("kidnapped", 1, "exact", "civilian", "children", "o1", False, None, "kidnapping gangs", "السويداء", "بينهم طفل"),
   ("kidnapped", 3, "exact", "civilian", "family", None, False, None, "unidentified gunmen", "الصورة الكبيرة", "اختطفوا 3 أشخاص من عائلة واحدة"),
   ("kidnapped", 1, "exact", "civilian", "men", "o3", False, None, "unidentified gunmen", "الصورة الكبيرة", "هم رجل"),
   ("kidnapped", 1, "exact", "civilian", "women", "o3", False, None, "unidentified gunmen", "الصورة الكبيرة", "وزوجته"),
   ("kidnapped", 1, "exact", "civilian", "children", "o3", False, None, "unidentified gunmen", "الصورة الكبيرة", "وابنهما البالغ من العمر 9 أعوام"),
   ("kidnapped", 2, "exact", "civilian", None, None, False, None, "kidnapping gang", "شهبا", "اختطفت شابين"),
   ("killed", 1, "exact", "combatant", None, None, False, "popular committees", "kidnappers", "القريا", "قتل عنصر من اللجان الشعبية"),
   ("wounded", 3, "exact", "combatant", None, None, False, "local gunmen", "kidnappers", "القريا", "وأصيب 3 من المسلحين المحليين"),
   ("kidnapped", 6, "exact", "civilian", None, None, False, None, "local armed groups", None, "6 من أبناء ريف درعا"),
   ("kidnapped", 93, "exact", "unknown", None, None, True, None, None, "السويداء", "اختطاف 93 شخصاً"),
   ("missing", 14, "exact", "unknown", None, None, True, None, None, "السويداء", "14 شخصاً في عداد المفقودين"),
   ("killed", 8, "exact", "unknown", None, None, True, None, None, "السويداء", "جثث 8 مختطفين")]),
 ("ho13-israel-quneitra", "2024-06-10",
  "ضربات إسرائيلية تستهدف مواقع لحزب الله في ريف القنيطرة وحصيلة القتلى ترتفع إلى 6",
  "محافظة القنيطرة – المرصد السوري لحقوق الإنسان:: ارتفع إلى 6 عدد القتلى جراء الضربات الإسرائيلية التي استهدفت فجر اليوم موقعين للميليشيات الموالية لإيران في محيط بلدة خان أرنبة، وهم: 3 من عناصر حزب الله اللبناني بينهم قيادي ميداني، وعنصران من الجنسية السورية يعملان لصالح الحزب، ومدني كان يعمل حارساً في إحدى المزارع.\n\n"
  "وكان المرصد السوري قد وثق في وقت سابق من اليوم مقتل 4 أشخاص وإصابة قرابة 10 آخرين بجراح، جراء إطلاق طائرة مسيرة إسرائيلية 3 صواريخ على سيارة وموقع عسكري. "
  "كما استهدفت مسيرة إسرائيلية أخرى دراجة نارية على طريق القنيطرة – درعا قرب مدينة نوى، دون ورود معلومات عن خسائر بشرية.\n\n"
  "وفي السياق ذاته، قصفت القوات الإسرائيلية بعشر قذائف مدفعية أطراف قرية كودنة على بعد نحو 2 كم من خط فض الاشتباك، ما أدى لإصابة راعيين اثنين.\n\n"
  "وبذلك، يرتفع إلى 47 عدد الاستهدافات الإسرائيلية للأراضي السورية منذ مطلع العام 2024، والتي أسفرت عن مقتل 112 من العسكريين، هم: 38 من الحرس الثوري الإيراني، و29 من حزب الله، و19 من الميليشيات العراقية والأفغانية، و26 من قوات النظام، بالإضافة لمقتل 11 مدنياً.",
  [("killed", 6, "exact", "unknown", None, None, True, None, "Israel", "القنيطرة", "حصيلة القتلى ترتفع إلى 6"),
   ("killed", 6, "exact", "unknown", None, None, True, None, "Israel", "خان أرنبة", "ارتفع إلى 6 عدد القتلى"),
   ("killed", 3, "exact", "combatant", None, "o2", True, "Hezbollah", "Israel", "خان أرنبة", "3 من عناصر حزب الله اللبناني"),
   ("killed", 1, "exact", "combatant", "commanders", "o3", True, "Hezbollah", "Israel", "خان أرنبة", "قيادي ميداني"),
   ("killed", 2, "exact", "combatant", None, "o2", True, "Hezbollah", "Israel", "خان أرنبة", "وعنصران من الجنسية السورية"),
   ("killed", 1, "exact", "civilian", None, "o2", True, None, "Israel", "خان أرنبة", "ومدني كان يعمل حارساً"),
   ("killed", 4, "exact", "unknown", None, None, False, None, "Israel", None, "مقتل 4 أشخاص"),
   ("wounded", 10, "about", "unknown", None, None, False, None, "Israel", None, "قرابة 10 آخرين"),
   ("wounded", 2, "exact", "civilian", None, None, False, None, "Israel", "كودنة", "راعيين اثنين"),
   ("killed", 112, "exact", "combatant", None, None, True, None, "Israel", None, "مقتل 112 من العسكريين"),
   ("killed", 38, "exact", "combatant", None, "o10", True, "Iranian Revolutionary Guard", "Israel", None, "38 من الحرس الثوري الإيراني"),
   ("killed", 29, "exact", "combatant", None, "o10", True, "Hezbollah", "Israel", None, "و29 من حزب الله"),
   ("killed", 19, "exact", "combatant", None, "o10", True, "Iraqi and Afghan militias", "Israel", None, "و19 من الميليشيات العراقية"),
   ("killed", 26, "exact", "combatant", None, "o10", True, "regime forces", "Israel", None, "و26 من قوات النظام"),
   ("killed", 11, "exact", "civilian", None, None, True, None, "Israel", None, "لمقتل 11 مدنياً")]),
 ("ho13-torture-month", "2014-11-02",
  "وفاة 21 مدني تحت التعذيب في سجون النظام خلال شهر",
  "المرصد السوري لحقوق الإنسان:: وثق المرصد السوري لحقوق الإنسان وفاة 21 معتقلاً مدنياً تحت التعذيب في سجون قوات النظام وأفرعها الأمنية خلال شهر تشرين الأول / أكتوبر 2014، بينهم ثلاثة أطفال دون سن الثامنة عشرة وسيدتان، وعشرة أشخاص من أبناء ريف دمشق، من ضمنهم شقيقان من مدينة داريا.\n\n"
  "كما علم المرصد السوري من مصادر أهلية بوفاة موطناً من أبناء مدينة القامشلي في سجن صيدنايا العسكري، بعد نحو 3 سنوات من اعتقاله، وتسلم ذووه أوراقه الشخصية دون جثمانه.\n\n"
  "وبذلك يرتفع إلى 12 ألفاً و475 عدد المعتقلين المدنيين الذين وثق المرصد السوري وفاتهم تحت التعذيب منذ انطلاقة الثورة السورية في آذار 2011، بينهم 108 أطفال و43 مواطنة.\n\n"
  "ويقدر المرصد السوري أن أكثر من 200 ألف مواطن لا يزالون مفقودين في سجون النظام، في حين يتقاضى سماسرة مقربون من الأجهزة الأمنية مبالغ تصل إلى 5 آلاف دولار مقابل معلومة عن مصير معتقل واحد.",
  [("killed", 21, "exact", "civilian", None, None, True, None, "regime forces", None, "21 مدني"),
   ("killed", 21, "exact", "civilian", None, None, True, None, "regime forces", None, "وفاة 21 معتقلاً مدنياً"),
   ("killed", 3, "exact", "civilian", "children", "o2", True, None, "regime forces", None, "ثلاثة أطفال دون سن الثامنة عشرة"),
   ("killed", 2, "exact", "civilian", "women", "o2", True, None, "regime forces", None, "وسيدتان"),
   ("killed", 10, "exact", "civilian", None, "o2", True, None, "regime forces", "ريف دمشق", "وعشرة أشخاص من أبناء ريف دمشق"),
   ("killed", 2, "exact", "civilian", None, "o5", True, None, "regime forces", "داريا", "شقيقان من مدينة داريا"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "regime forces", "صيدنايا", "بوفاة موطناً"),
   ("killed", 12475, "exact", "civilian", None, None, True, None, "regime forces", None, "يرتفع إلى 12 ألفاً و475"),
   ("killed", 108, "exact", "civilian", "children", "o8", True, None, "regime forces", None, "108 أطفال"),
   ("killed", 43, "exact", "civilian", "women", "o8", True, None, "regime forces", None, "و43 مواطنة"),
   ("missing", 200000, "more_than", "civilian", None, None, True, None, "regime forces", None, "أكثر من 200 ألف مواطن")]),
 ("ho13-baghouz-battle", "2019-02-11",
  "معركة الجيب الأخير: 9 قتلى من قسد و23 من التنظيم اليوم، وأكثر من 600 قتيل منذ بدء الهجوم",
  "محافظة دير الزور – المرصد السوري لحقوق الإنسان:: تتواصل المعارك العنيفة بين قوات سوريا الديمقراطية المدعومة من القوات الأمريكية والتحالف الدولي من جهة، وعناصر تنظيم “الدولة الإسلامية” من جهة أخرى، في محيط بلدة الباغوز بريف دير الزور الشرقي، حيث تمكنت قسد من السيطرة على 3 قرى ومزارع، بعد أن دفعت بنحو 1700 مقاتل إلى خطوط التماس.\n\n"
  "ووثق المرصد السوري مقتل 9 من عناصر قسد، اثنان منهم من قياديي مجلس دير الزور العسكري، فيما قتل 23 عنصراً من التنظيم جميعهم من جنسيات أجنبية، بينهم انتحاريون عددهم 4 فجروا أنفسهم بعربات مفخخة.\n\n"
  "وقال مصدر عسكري للمرصد السوري إن التنظيم أسر عناصر عددهم ٦ من قسد خلال هجوم معاكس على المراشدة، ولا يزال 3 آخرون في عداد المفقودين. "
  "كما استشهد وأصيب عشرات المدنيين جراء ضربات جوية للتحالف على مخيم الباغوز، حيث وثق المرصد استشهاد ثلاثة أطفال وأمهم داخل خيمتهم.\n\n"
  "وبذلك ترتفع الحصيلة الإجمالية منذ بدء الهجوم في العاشر من أيلول الفائت إلى 612 قتيلاً، هم 241 من قسد، و371 من التنظيم، في حين بلغ عدد المدنيين الذين استشهدوا خلال الفترة ذاتها 318 مدنياً بينهم 104 أطفال. "
  "ونزحت أكثر من 2000 عائلة من الجيب خلال الأسبوع الأخير، بينما خرجت نحو 30 شاحنة تقل مدنيين ومقاتلين مصابين.",
  [("killed", 9, "exact", "combatant", None, None, False, "SDF", "IS", None, "9 قتلى من قسد"),
   ("killed", 23, "exact", "combatant", None, None, False, "IS", "SDF", None, "و23 من التنظيم"),
   ("killed", 600, "more_than", "combatant", None, None, True, None, None, None, "أكثر من 600 قتيل"),
   ("killed", 9, "exact", "combatant", None, None, False, "SDF", "IS", "الباغوز", "مقتل 9 من عناصر قسد"),
   ("killed", 2, "exact", "combatant", "commanders", "o4", False, "Deir ez-Zor Military Council", "IS", "الباغوز", "اثنان منهم من قياديي"),
   ("killed", 23, "exact", "combatant", "foreign fighters", None, False, "IS", "SDF", "الباغوز", "قتل 23 عنصراً من التنظيم"),
   ("killed", 4, "exact", "combatant", "suicide bombers", "o6", False, "IS", None, "الباغوز", "انتحاريون عددهم 4"),
   ("captured", 6, "exact", "combatant", None, None, False, "SDF", "IS", "المراشدة", "عناصر عددهم ٦"),
   ("missing", 3, "exact", "combatant", None, None, False, "SDF", None, "المراشدة", "3 آخرون في عداد المفقودين"),
   ("killed", None, "dozens", "civilian", None, None, False, None, "international coalition", "الباغوز", "استشهد وأصيب عشرات المدنيين"),
   ("wounded", None, "dozens", "civilian", None, None, False, None, "international coalition", "الباغوز", "وأصيب عشرات المدنيين"),
   ("killed", 3, "exact", "civilian", "children", None, False, None, "international coalition", "الباغوز", "ثلاثة أطفال وأمهم"),
   ("killed", 1, "exact", "civilian", "women", None, False, None, "international coalition", "الباغوز", "وأمهم داخل خيمتهم"),
   ("killed", 612, "exact", "combatant", None, None, True, None, None, None, "إلى 612 قتيلاً"),
   ("killed", 241, "exact", "combatant", None, "o14", True, "SDF", "IS", None, "241 من قسد"),
   ("killed", 371, "exact", "combatant", None, "o14", True, "IS", "SDF", None, "و371 من التنظيم"),
   ("killed", 318, "exact", "civilian", None, None, True, None, None, None, "318 مدنياً"),
   ("killed", 104, "exact", "civilian", "children", "o17", True, None, None, None, "104 أطفال")]),
]

write_batch(Path(__file__).parent, SPEC)
