# ruff: noqa: E501  (the bulletins and their gold rows are data, one per line)
"""Writes held-out batch 14 (bulletins.jsonl) and its gold (gold/*.json) from SPEC.

Written blind to the extractor, in the style of SOHR's 2011–2012 editors: demonstrators shot
by security forces and shabiha, martyrs named with their ages, defectors' clashes, Jisr
al-Shughur, the first Damascus car bombs, deaths under torture, kidnappings, Ramadan totals,
Arabic-Indic digits in one bulletin and number words in others, and one English bulletin.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from heldout_batch import write_batch

SEC = "security forces and shabiha"
REG = "regime forces"
FSA = "Free Syrian Army"
DEF = "defectors"

SPEC = [
 ("ho14-homs-daily-names", "2011-11-07",
  "حمص: استشهاد 19 مواطناً برصاص قوات الأمن والشبيحة",
  "ارتفع عدد الشهداء الذين سقطوا اليوم في سوريا إلى 21 شهيداً بينهم 3 أطفال ومواطنة، سقط 19 منهم في محافظة حمص. "
  "ففي حي باب عمرو استشهد 7 مواطنين بينهم طفلان، هم: محمود خالد الدرويش (22 عاماً)، وسامر عبد الكريم الحسن (31 عاماً)، وعمر ياسين الجندي (45 عاماً)، وأحمد فايز البكور (27 عاماً)، ومحمد علي العبد الله (38 عاماً)، والطفلان يوسف وعلي حسن الشامي (9 و11 عاماً). "
  "وفي حي باب السباع استشهد ثلاثة مواطنين برصاص قناص، اثنان منهم شقيقان، فيما استشهد طفل عمره 12 عاماً بالخالدية. "
  "وفي مدينة الرستن استشهد 8 مواطنين خلال إطلاق نار كثيف من رشاشات ثقيلة لم يتوقف منذ الساعة الرابعة فجراً. "
  "وفي ريف إدلب استشهد مواطنان في كفرنبل أثناء تشييع أحد الشهداء، وأصيب العشرات خلال تفريق مظاهرة في سراقب. "
  "كما نفذت قوات الأمن حملة مداهمات واعتقالات في حي الخالدية طالت أكثر من 40 مواطناً.",
  [("killed", 19, "exact", "civilian", None, None, False, None, SEC, "حمص", "استشهاد 19 مواطناً"),
   ("killed", 21, "exact", "civilian", None, None, True, None, SEC, None, "إلى 21 شهيداً"),
   ("killed", 3, "exact", "civilian", "children", "o2", True, None, SEC, None, "3 أطفال"),
   ("killed", 1, "exact", "civilian", "women", "o2", True, None, SEC, None, "ومواطنة"),
   ("killed", 19, "exact", "civilian", None, "o2", True, None, SEC, "حمص", "سقط 19 منهم"),
   ("killed", 7, "exact", "civilian", None, None, False, None, SEC, "باب عمرو", "استشهد 7 مواطنين"),
   ("killed", 2, "exact", "civilian", "children", "o6", False, None, SEC, "باب عمرو", "بينهم طفلان"),
   ("killed", 3, "exact", "civilian", None, None, False, None, "sniper", "باب السباع", "استشهد ثلاثة مواطنين برصاص قناص"),
   ("killed", 2, "exact", "civilian", None, "o8", False, None, "sniper", "باب السباع", "اثنان منهم شقيقان"),
   ("killed", 1, "exact", "civilian", "children", None, False, None, None, "الخالدية", "استشهد طفل عمره 12 عاماً"),
   ("killed", 8, "exact", "civilian", None, None, False, None, SEC, "الرستن", "استشهد 8 مواطنين"),
   ("killed", 2, "exact", "civilian", None, None, False, None, SEC, "كفرنبل", "استشهد مواطنان في كفرنبل"),
   ("wounded", None, "dozens", "civilian", None, None, False, None, SEC, "سراقب", "وأصيب العشرات")]),

 ("ho14-ramadan-month", "2011-08-31",
  "المرصد: أكثر من 470 شهيداً خلال شهر رمضان",
  "وثق المرصد السوري لحقوق الإنسان استشهاد 473 مواطناً مدنياً خلال شهر رمضان المبارك برصاص قوات الأمن والشبيحة، بينهم 36 طفلاً دون سن الثامنة عشرة، من ضمنهم 9 أطفال في مدينة حمص، و14 سيدة. "
  "وكانت حصة محافظة حمص الأكبر بـ 131 شهيداً، تلتها محافظة حماة بـ 102 شهيداً استشهد معظمهم في حي الحاضر وساحة العاصي، ثم محافظة دير الزور بـ 74 شهيداً. "
  "كما قتل خلال الشهر ذاته 109 عناصر من الجيش وقوات الأمن، بينهم 21 ضابطاً منهم عقيد ومقدم، خلال اشتباكات مع منشقين وكمائن. "
  "وبذلك يرتفع إلى 2,570 عدد المدنيين الذين استشهدوا منذ انطلاقة الثورة في منتصف آذار 2011، بينهم 167 طفلاً، فيما لا يزال أكثر من 3000 مواطن رهن الاعتقال. "
  "وأصيب خلال شهر رمضان ما لا يقل عن ألف مواطن بجراح.",
  [("killed", 470, "more_than", "civilian", None, None, False, None, SEC, None, "أكثر من 470 شهيداً"),
   ("killed", 473, "exact", "civilian", None, None, False, None, SEC, None, "استشهاد 473 مواطناً مدنياً"),
   ("killed", 36, "exact", "civilian", "children", "o2", False, None, SEC, None, "36 طفلاً دون سن الثامنة عشرة"),
   ("killed", 9, "exact", "civilian", "children", "o3", False, None, SEC, "حمص", "9 أطفال في مدينة حمص"),
   ("killed", 14, "exact", "civilian", "women", "o2", False, None, SEC, None, "و14 سيدة"),
   ("killed", 131, "exact", "civilian", None, None, False, None, SEC, "حمص", "بـ 131 شهيداً"),
   ("killed", 102, "exact", "civilian", None, None, False, None, SEC, "حماة", "بـ 102 شهيداً"),
   ("killed", 74, "exact", "civilian", None, None, False, None, SEC, "دير الزور", "بـ 74 شهيداً"),
   ("killed", 109, "exact", "combatant", None, None, False, REG, DEF, None, "109 عناصر من الجيش وقوات الأمن"),
   ("killed", 21, "exact", "combatant", "officers", "o9", False, REG, DEF, None, "بينهم 21 ضابطاً"),
   ("killed", 1, "exact", "combatant", "officers", "o10", False, REG, DEF, None, "منهم عقيد"),
   ("killed", 1, "exact", "combatant", "officers", "o10", False, REG, DEF, None, "ومقدم"),
   ("killed", 2570, "exact", "civilian", None, None, True, None, None, None, "إلى 2,570 عدد المدنيين"),
   ("killed", 167, "exact", "civilian", "children", "o13", True, None, None, None, "بينهم 167 طفلاً"),
   ("wounded", 1000, "at_least", "civilian", None, None, False, None, SEC, None, "ما لا يقل عن ألف مواطن بجراح")]),

 ("ho14-jisr-shughur", "2011-06-06",
  "جسر الشغور: مقتل أكثر من 120 عنصراً من قوات الأمن",
  "أفاد ناشطون من مدينة جسر الشغور أن ما لا يقل عن 120 عنصراً من قوات الأمن والجيش قتلوا اليوم، بينهم نحو ثمانين في كمين على طريق المدينة و28 داخل مفرزة الأمن العسكري، في ظروف لم تتضح بعد، وسط أنباء عن انشقاق عدد من الجنود ورفضهم إطلاق النار. "
  "ويأتي ذلك بعد يومين من استشهاد 35 مواطناً في المدينة وقرى ريفها، من بينهم 5 من عائلة واحدة، أثناء تشييع شهداء سقطوا يوم السبت. "
  "ونقل الأهالي أن رتلاً من نحو 40 دبابة ومدرعة يتجه نحو المدينة من جهة أريحا، فيما فر مئات المواطنين نحو الحدود التركية التي تبعد نحو 20 كيلومتراً، ووصل سعر ربطة الخبز في المدينة إلى 40 ليرة. "
  "كما أصيب عشرات من المواطنين بجروح، وفقد أثر عدد من الشبان بعد اقتحام قرية الجانودية.",
  [("killed", 120, "more_than", "combatant", None, None, False, REG, None, "جسر الشغور", "مقتل أكثر من 120 عنصراً"),
   ("killed", 120, "at_least", "combatant", None, None, False, REG, None, "جسر الشغور", "ما لا يقل عن 120 عنصراً"),
   ("killed", 80, "about", "combatant", None, "o2", False, REG, None, "جسر الشغور", "نحو ثمانين"),
   ("killed", 28, "exact", "combatant", None, "o2", False, REG, None, "جسر الشغور", "و28 داخل مفرزة الأمن العسكري"),
   ("killed", 35, "exact", "civilian", None, None, False, None, SEC, "جسر الشغور", "استشهاد 35 مواطناً"),
   ("killed", 5, "exact", "civilian", "family", "o5", False, None, SEC, "جسر الشغور", "من بينهم 5 من عائلة واحدة"),
   ("wounded", None, "dozens", "civilian", None, None, False, None, SEC, "جسر الشغور", "أصيب عشرات من المواطنين"),
   ("missing", None, "several", "civilian", None, None, False, None, None, "الجانودية", "وفقد أثر عدد من الشبان")]),

 ("ho14-midan-bomb", "2012-01-06",
  "دمشق: 26 قتيلاً في تفجير حي الميدان",
  "قتل ستة وعشرون شخصاً، بينهم عدد من عناصر قوات حفظ النظام ومدنيون، وأصيب 63 آخرون بجراح، بحسب التلفزيون الرسمي، إثر انفجار وقع صباح اليوم قرب مدرسة في حي الميدان وسط العاصمة دمشق. "
  "ولم يتسن للمرصد التحقق من هذه الأرقام بشكل مستقل. "
  "ويأتي التفجير بعد أسبوعين على تفجيرين انتحاريين استهدفا مقرين أمنيين في حي كفرسوسة أسفرا عن مقتل 44 شخصاً على الأقل وإصابة أكثر من 150. "
  "وفي ريف دمشق، استشهد مواطن برصاص قوات الأمن في مدينة دوما، واستشهد شاب في حرستا متأثراً بجراح أصيب بها قبل ثلاثة أيام. "
  "كما قالت مصادر إن انفجار عبوة ناسفة بدورية أمنية على طريق الكسوة لم يسفر عن إصابات.",
  [("killed", 26, "exact", "unknown", None, None, False, None, None, "الميدان", "26 قتيلاً"),
   ("killed", 26, "exact", "unknown", None, None, False, None, None, "الميدان", "قتل ستة وعشرون شخصاً"),
   ("wounded", 63, "exact", "unknown", None, None, False, None, None, "الميدان", "وأصيب 63 آخرون"),
   ("killed", None, "several", "combatant", None, "o2", False, REG, None, "الميدان", "عدد من عناصر قوات حفظ النظام"),
   ("killed", 44, "at_least", "unknown", None, None, False, None, "suicide bombers", "كفرسوسة", "مقتل 44 شخصاً على الأقل"),
   ("wounded", 150, "more_than", "unknown", None, None, False, None, "suicide bombers", "كفرسوسة", "وإصابة أكثر من 150"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "security forces", "دوما", "استشهد مواطن برصاص قوات الأمن"),
   ("killed", 1, "exact", "civilian", None, None, False, None, None, "حرستا", "واستشهد شاب في حرستا")]),

 ("ho14-zawiya-indic", "2011-12-19",
  "إدلب: مقتل ١٢ عنصراً من القوات النظامية في اشتباكات مع منشقين بجبل الزاوية",
  "قُتل ما لا يقل عن ١٢ عنصراً من القوات النظامية، بينهم ضابط برتبة ملازم أول، خلال اشتباكات عنيفة دارت فجر اليوم بين القوات النظامية ومنشقين في قرية كنصفرة بجبل الزاوية، كما قتل ٣ من المنشقين وأصيب ٧ آخرون. "
  "وكانت ٤ ناقلات جند مدرعة قد حاولت اقتحام القرية عند الساعة ٥ فجراً. "
  "وفي بلدة سراقب استشهد ٢ من المواطنين برصاص الشبيحة عند حاجز على الطريق الدولي، أحدهما طفل عمره ١٤ عاماً. "
  "وفي كفرنبل أصيب قرابة ٢٠ مواطناً خلال تفريق مظاهرة خرجت بعد صلاة الجمعة، ولا يزال ١١ شاباً من البلدة مجهولي المصير منذ حملة المداهمات التي نفذتها قوات الأمن في الشهر الماضي.",
  [("killed", 12, "exact", "combatant", None, None, False, REG, DEF, "جبل الزاوية", "مقتل ١٢ عنصراً"),
   ("killed", 12, "at_least", "combatant", None, None, False, REG, DEF, "كنصفرة", "ما لا يقل عن ١٢ عنصراً"),
   ("killed", 1, "exact", "combatant", "officers", "o2", False, REG, DEF, "كنصفرة", "ضابط برتبة ملازم أول"),
   ("killed", 3, "exact", "combatant", None, None, False, DEF, REG, "كنصفرة", "قتل ٣ من المنشقين"),
   ("wounded", 7, "exact", "combatant", None, None, False, DEF, REG, "كنصفرة", "وأصيب ٧ آخرون"),
   ("killed", 2, "exact", "civilian", None, None, False, None, "shabiha", "سراقب", "استشهد ٢ من المواطنين"),
   ("killed", 1, "exact", "civilian", "children", "o6", False, None, "shabiha", "سراقب", "أحدهما طفل"),
   ("wounded", 20, "about", "civilian", None, None, False, None, "security forces", "كفرنبل", "قرابة ٢٠ مواطناً"),
   ("missing", 11, "exact", "civilian", None, None, False, None, None, "كفرنبل", "١١ شاباً من البلدة مجهولي المصير")]),

 ("ho14-english-babaamr", "2012-03-01",
  "Syria: 63 killed on Thursday, 21 of them in Homs",
  "The Syrian Observatory for Human Rights documented the deaths of 63 people across Syria today: 44 civilians and 19 soldiers of the regular army. "
  "In Homs, at least 21 civilians were killed, including 4 children and 2 women, as regime forces stormed the Baba Amr neighbourhood after 26 days of shelling and the withdrawal of the Free Syrian Army fighters. "
  "In Idlib province, 9 soldiers, among them an officer, were killed when defectors attacked a checkpoint near Saraqeb, and two defectors were killed in the clashes. "
  "In Daraa, nearly 30 people were wounded by security forces' gunfire during a funeral in Nawa. "
  "Dozens of families fled towards Lebanon; about 2,000 soldiers took part in the assault on Baba Amr.",
  [("killed", 63, "exact", "unknown", None, None, False, None, None, None, "63 killed"),
   ("killed", 21, "exact", "civilian", None, "o1", False, None, REG, "حمص", "21 of them in Homs"),
   ("killed", 63, "exact", "unknown", None, None, False, None, None, None, "the deaths of 63 people"),
   ("killed", 44, "exact", "civilian", None, "o3", False, None, None, None, "44 civilians"),
   ("killed", 19, "exact", "combatant", None, "o3", False, REG, None, None, "19 soldiers of the regular army"),
   ("killed", 21, "at_least", "civilian", None, None, False, None, REG, "حمص", "at least 21 civilians"),
   ("killed", 4, "exact", "civilian", "children", "o6", False, None, REG, "حمص", "4 children"),
   ("killed", 2, "exact", "civilian", "women", "o6", False, None, REG, "حمص", "2 women"),
   ("killed", 9, "exact", "combatant", None, None, False, REG, DEF, "سراقب", "9 soldiers"),
   ("killed", 1, "exact", "combatant", "officers", "o9", False, REG, DEF, "سراقب", "among them an officer"),
   ("killed", 2, "exact", "combatant", None, None, False, DEF, REG, "سراقب", "two defectors were killed"),
   ("wounded", 30, "about", "civilian", None, None, False, None, "security forces", "نوى", "nearly 30 people were wounded")]),

 ("ho14-hama-words", "2011-08-01",
  "حماة: ارتفاع عدد شهداء اقتحام المدينة إلى مئة",
  "ارتفع إلى مئة على الأقل عدد الشهداء الذين سقطوا في مدينة حماة منذ بدء اقتحامها فجر أمس من قبل الجيش والأمن، بينهم أحد عشر طفلاً وتسع سيدات، وذلك بعد استشهاد ثمانية مواطنين اليوم في حي الحاضر بنيران الدبابات. "
  "وقال ناشط من المدينة إن مئات الجرحى يتلقون العلاج في مستشفيات ميدانية وإن المستشفى الوطني تلقى وحده أكثر من ستين جريحاً. "
  "وفي دير الزور استشهد خمسة مواطنين برصاص قوات الأمن خلال تفريق مظاهرة ليلية، وأصيب عدد من المواطنين. "
  "وفي مدينة البوكمال قتل جنديان برصاص مجهولين. "
  "وقد شاركت في الاقتحام نحو مئتين وخمسين آلية عسكرية.",
  [("killed", 100, "exact", "civilian", None, None, True, None, "army and security forces", "حماة", "إلى مئة"),
   ("killed", 100, "at_least", "civilian", None, None, True, None, "army and security forces", "حماة", "مئة على الأقل"),
   ("killed", 11, "exact", "civilian", "children", "o2", True, None, "army and security forces", "حماة", "أحد عشر طفلاً"),
   ("killed", 9, "exact", "civilian", "women", "o2", True, None, "army and security forces", "حماة", "وتسع سيدات"),
   ("killed", 8, "exact", "civilian", None, None, False, None, "army", "الحاضر", "استشهاد ثمانية مواطنين"),
   ("wounded", None, "hundreds", "civilian", None, None, False, None, "army and security forces", "حماة", "مئات الجرحى"),
   ("wounded", 60, "more_than", "civilian", None, None, False, None, "army and security forces", "حماة", "أكثر من ستين جريحاً"),
   ("killed", 5, "exact", "civilian", None, None, False, None, "security forces", "دير الزور", "استشهد خمسة مواطنين"),
   ("wounded", None, "several", "civilian", None, None, False, None, "security forces", "دير الزور", "وأصيب عدد من المواطنين"),
   ("killed", 2, "exact", "combatant", None, None, False, REG, "unknown gunmen", "البوكمال", "قتل جنديان")]),

 ("ho14-daraa-torture", "2011-05-28",
  "درعا: وفاة معتقلين اثنين تحت التعذيب وتسليم جثمانيهما لذويهما",
  "سلمت الأجهزة الأمنية صباح اليوم جثمان الشهيد ماهر سليم الزعبي (34 عاماً) لذويه في مدينة نوى، بعد 23 يوماً على اعتقاله، وعلى جسده آثار تعذيب واضحة، كما فارق الحياة تحت التعذيب في أحد المعتقلات الشاب رامي عدنان المسالمة (19 عاماً) من درعا البلد، وكان الأخير قد اعتقل من منزله قبل شهرين. "
  "وبذلك يرتفع إلى 17 عدد المعتقلين من محافظة درعا الذين فارقوا الحياة في المعتقلات منذ مطلع نيسان، بينهم طفلان. "
  "وفي مدينة الصنمين استشهد مواطن وأصيب 4 آخرون برصاص قوات الأمن أثناء تشييع أحد الشهداء، واستشهد جندي منشق برصاص قناص في حي طريق السد بدرعا. "
  "ونفذت قوات الأمن والشبيحة حملة مداهمات واعتقالات طالت نحو مئة شخص، فيما أفرجت السلطات عن 30 معتقلاً من أبناء المحافظة مساء أمس.",
  [("killed", 2, "exact", "civilian", "detainees", None, False, None, "security services", "درعا", "وفاة معتقلين اثنين"),
   ("killed", 1, "exact", "civilian", "detainees", None, False, None, "security services", "نوى", "جثمان الشهيد ماهر سليم الزعبي (34 عاماً)"),
   ("killed", 1, "exact", "civilian", "detainees", None, False, None, "security services", "درعا البلد", "الشاب رامي عدنان المسالمة (19 عاماً)"),
   ("killed", 17, "exact", "civilian", "detainees", None, True, None, "security services", "درعا", "إلى 17 عدد المعتقلين"),
   ("killed", 2, "exact", "civilian", "children", "o4", True, None, "security services", "درعا", "بينهم طفلان"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "security forces", "الصنمين", "استشهد مواطن"),
   ("wounded", 4, "exact", "civilian", None, None, False, None, "security forces", "الصنمين", "وأصيب 4 آخرون"),
   ("killed", 1, "exact", "combatant", None, None, False, DEF, "sniper", "طريق السد", "واستشهد جندي منشق")]),

 ("ho14-ramel-kidnap", "2011-08-15",
  "اللاذقية وحمص: استشهاد 9 مواطنين واختطاف 14 آخرين",
  "استشهد أربعة مواطنين وجرح أكثر من عشرة في حي الرمل الجنوبي بمدينة اللاذقية إثر إطلاق نار من رشاشات الزوارق الحربية والشبيحة، ونزح قرابة 5 آلاف فلسطيني من مخيم الحي. "
  "وفي مدينة حمص عثر الأهالي على جثث خمسة مواطنين مجهولي الهوية في حي النازحين، بينهم سيدة، وعليها آثار إطلاق نار، ودفن المواطنون الخمسة في مقبرة الحي مساء اليوم. "
  "كما اختطف 14 مواطناً من حي الخالدية على يد الشبيحة، أفرج عن ثلاثة منهم مساء اليوم. "
  "ولا يزال مصير نحو 20 مواطناً اختطفوا الأسبوع الماضي على طريق حمص حماة مجهولاً. "
  "وفي تلبيسة أصيب عدة مواطنين بجروح جراء قصف بقذائف الهاون.",
  [("killed", 9, "exact", "civilian", None, None, False, None, None, None, "استشهاد 9 مواطنين"),
   ("kidnapped", 14, "exact", "civilian", None, None, False, None, "shabiha", None, "واختطاف 14 آخرين"),
   ("killed", 4, "exact", "civilian", None, None, False, None, "navy and shabiha", "الرمل الجنوبي", "استشهد أربعة مواطنين"),
   ("wounded", 10, "more_than", "civilian", None, None, False, None, "navy and shabiha", "الرمل الجنوبي", "وجرح أكثر من عشرة"),
   ("killed", 5, "exact", "civilian", None, None, False, None, None, "النازحين", "جثث خمسة مواطنين"),
   ("killed", 1, "exact", "civilian", "women", "o5", False, None, None, "النازحين", "بينهم سيدة"),
   ("kidnapped", 14, "exact", "civilian", None, None, False, None, "shabiha", "الخالدية", "اختطف 14 مواطناً"),
   ("kidnapped", 20, "about", "civilian", None, None, False, None, None, None, "نحو 20 مواطناً اختطفوا"),
   ("wounded", None, "several", "civilian", None, None, False, None, None, "تلبيسة", "أصيب عدة مواطنين")]),

 ("ho14-daily-fsa", "2012-02-16",
  "سوريا: 71 شهيداً اليوم بينهم 18 جندياً منشقاً",
  "ارتفع عدد الشهداء الذين سقطوا اليوم برصاص وقصف القوات النظامية السورية إلى 71 شهيداً، هم 53 مدنياً و18 مقاتلاً من الجيش السوري الحر، في 6 محافظات. "
  "ففي محافظة حمص استشهد 27 مواطناً بينهم 6 أطفال و3 سيدات، منهم 19 في حي الخالدية جراء سقوط أكثر من 200 قذيفة على الحي. "
  "وفي محافظة إدلب استشهد 11 من مقاتلي الجيش الحر، أحدهم قائد كتيبة، خلال اشتباكات في بلدة سراقب، فيما قتل ما لا يقل عن 15 عنصراً من القوات النظامية ودمرت 3 دبابات. "
  "وفي ريف دمشق استشهد 9 مواطنين في زملكا ودوما، بينهم 7 في زملكا. "
  "وسقط عدد من الجرحى في حماة ودرعا، حيث بلغ عدد المصابين في مدينة درعا وحدها 16 مصاباً.",
  [("killed", 71, "exact", "unknown", None, None, False, None, REG, None, "71 شهيداً"),
   ("killed", 18, "exact", "combatant", None, "o1", False, FSA, REG, None, "18 جندياً منشقاً"),
   ("killed", 71, "exact", "unknown", None, None, True, None, REG, None, "إلى 71 شهيداً"),
   ("killed", 53, "exact", "civilian", None, "o3", True, None, REG, None, "53 مدنياً"),
   ("killed", 18, "exact", "combatant", None, "o3", True, FSA, REG, None, "و18 مقاتلاً من الجيش السوري الحر"),
   ("killed", 27, "exact", "civilian", None, None, False, None, REG, "حمص", "استشهد 27 مواطناً"),
   ("killed", 6, "exact", "civilian", "children", "o6", False, None, REG, "حمص", "بينهم 6 أطفال"),
   ("killed", 3, "exact", "civilian", "women", "o6", False, None, REG, "حمص", "و3 سيدات"),
   ("killed", 19, "exact", "civilian", None, "o6", False, None, REG, "الخالدية", "منهم 19 في حي الخالدية"),
   ("killed", 11, "exact", "combatant", None, None, False, FSA, REG, "سراقب", "استشهد 11 من مقاتلي الجيش الحر"),
   ("killed", 1, "exact", "combatant", "commanders", "o10", False, FSA, REG, "سراقب", "أحدهم قائد كتيبة"),
   ("killed", 15, "at_least", "combatant", None, None, False, REG, FSA, "سراقب", "ما لا يقل عن 15 عنصراً"),
   ("killed", 9, "exact", "civilian", None, None, False, None, REG, None, "استشهد 9 مواطنين"),
   ("killed", 7, "exact", "civilian", None, "o13", False, None, REG, "زملكا", "بينهم 7 في زملكا"),
   ("wounded", None, "several", "unknown", None, None, False, None, REG, None, "وسقط عدد من الجرحى"),
   ("wounded", 16, "exact", "unknown", None, None, True, None, REG, "درعا", "16 مصاباً")]),

 ("ho14-douma-campaign", "2012-07-12",
  "ريف دمشق: حوالي 40 شهيداً في حملة عسكرية على دوما وحرستا",
  "استشهد حوالي 40 مواطناً في مدينتي دوما وحرستا خلال الحملة العسكرية التي بدأت منذ ثلاثة أيام، بينهم 21 مدني سقطوا اليوم، وذلك إثر قصف القوات النظامية بالمدفعية وراجمات الصواريخ. "
  "ومن شهداء اليوم 8 موطناً من عائلة واحدة في دوما بينهم أربع نساء وطفلتان. "
  "وفي حرستا استشهدت مواطنتان برصاص قناص، وأصيب العشرات بجروح بعضهم في حالة خطرة. "
  "وفي زملكا قتل 3 عناصر من الأمن في كمين نصبه مقاتلون من الجيش الحر، وأسر عنصر رابع. "
  "كما وردت معلومات عن استشهاد 5 مقاتلين على الأقل من الجيش الحر في اشتباكات على أطراف الكسوة.",
  [("killed", 40, "about", "civilian", None, None, True, None, REG, None, "حوالي 40 شهيداً"),
   ("killed", 40, "about", "civilian", None, None, True, None, REG, None, "استشهد حوالي 40 مواطناً"),
   ("killed", 21, "exact", "civilian", None, "o2", True, None, REG, None, "بينهم 21 مدني"),
   ("killed", 8, "exact", "civilian", "family", "o3", True, None, REG, "دوما", "8 موطناً من عائلة واحدة"),
   ("killed", 4, "exact", "civilian", "women", "o4", True, None, REG, "دوما", "أربع نساء"),
   ("killed", 2, "exact", "civilian", "children", "o4", True, None, REG, "دوما", "وطفلتان"),
   ("killed", 2, "exact", "civilian", "women", None, False, None, "sniper", "حرستا", "استشهدت مواطنتان"),
   ("wounded", None, "dozens", "civilian", None, None, False, None, REG, "حرستا", "وأصيب العشرات"),
   ("killed", 3, "exact", "combatant", None, None, False, REG, FSA, "زملكا", "قتل 3 عناصر من الأمن"),
   ("captured", 1, "exact", "combatant", None, None, False, REG, FSA, "زملكا", "وأسر عنصر رابع"),
   ("killed", 5, "at_least", "combatant", None, None, False, FSA, REG, "الكسوة", "5 مقاتلين على الأقل")]),

 ("ho14-rastan-siege", "2011-10-01",
  "الرستن: أكثر من 40 قتيلاً من الجيش في اليوم الرابع من الاقتحام",
  "تواصلت لليوم الرابع على التوالي الاشتباكات العنيفة في مدينة الرستن بين الجيش النظامي ومئات المنشقين، وارتفع إلى 43 على الأقل عدد عناصر الجيش والأمن الذين قتلوا منذ بدء الهجوم على المدينة، بينهم سبعة ضباط. "
  "في المقابل بلغ عدد الشهداء من المنشقين والمدنيين منذ بدء الهجوم 37 شهيداً، هم 22 مدنياً منهم 4 أطفال، و15 منشقاً. "
  "وسقط اليوم وحده 9 شهداء من المدنيين، فيما أصيب أكثر من 100 بجروح منذ يوم الثلاثاء. "
  "وفي تلبيسة الواقعة في الريف الشمالي لحمص أدى هجوم للمنشقين على حاجز إلى مقتل 3 وإصابة 6 من عناصر الأمن، واستشهد مواطن برصاص قوات الأمن. "
  "وقد استخدمت القوات النظامية أكثر من 250 دبابة وعربة مدرعة، وقطعت الاتصالات عن المدينة منذ 96 ساعة.",
  [("killed", 40, "more_than", "combatant", None, None, True, REG, DEF, "الرستن", "أكثر من 40 قتيلاً"),
   ("killed", 43, "at_least", "combatant", None, None, True, REG, DEF, "الرستن", "إلى 43 على الأقل"),
   ("killed", 7, "exact", "combatant", "officers", "o2", True, REG, DEF, "الرستن", "سبعة ضباط"),
   ("killed", 37, "exact", "unknown", None, None, True, None, REG, "الرستن", "37 شهيداً"),
   ("killed", 22, "exact", "civilian", None, "o4", True, None, REG, "الرستن", "22 مدنياً"),
   ("killed", 4, "exact", "civilian", "children", "o5", True, None, REG, "الرستن", "منهم 4 أطفال"),
   ("killed", 15, "exact", "combatant", None, "o4", True, DEF, REG, "الرستن", "و15 منشقاً"),
   ("killed", 9, "exact", "civilian", None, None, False, None, REG, "الرستن", "9 شهداء من المدنيين"),
   ("wounded", 100, "more_than", "unknown", None, None, True, None, REG, "الرستن", "أصيب أكثر من 100"),
   ("killed", 3, "exact", "combatant", None, None, False, REG, DEF, "تلبيسة", "مقتل 3"),
   ("wounded", 6, "exact", "combatant", None, None, False, REG, DEF, "تلبيسة", "وإصابة 6 من عناصر الأمن"),
   ("killed", 1, "exact", "civilian", None, None, False, None, "security forces", "تلبيسة", "واستشهد مواطن")]),
]

# every quote is a verbatim substring of title + "\n" + body (write_batch checks title/body too)
for _bid, _pub, _title, _body, _rows in SPEC:
    for _r in _rows:
        assert _r[-1] in _title + "\n" + _body, (_bid, _r[-1])

write_batch(Path(__file__).parent, SPEC)
