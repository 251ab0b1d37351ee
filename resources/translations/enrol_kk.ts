<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AbsencesView</name>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="151"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="152"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="153"/>
        <source>Absences in a row</source>
        <translation>Қатарынан қатыспауы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="154"/>
        <source>Guardian</source>
        <translation>Заңды өкілі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="155"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="164"/>
        <source>Children absent without a reason at their latest sessions, as many times in a row as the setting «absence_alert» says. Call the guardian; an excused absence or a presence ends the run.</source>
        <translation>Соңғы сабақтарға «absence_alert» баптауында көрсетілген рет қатарынан себепсіз келмеген балалар. Заңды өкіліне хабарласыңыз; себепті қатыспау немесе сабаққа келу бұл қатарды үзеді.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="36"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="36"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="38"/>
        <location filename="../../enrol/ui/pages/admin_page.py" line="48"/>
        <source>Club</source>
        <translation>Үйірме</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="39"/>
        <source>Direction</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="40"/>
        <location filename="../../enrol/ui/pages/admin_page.py" line="52"/>
        <source>Ages</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="41"/>
        <location filename="../../enrol/ui/pages/admin_page.py" line="54"/>
        <source>Funding</source>
        <translation>Қаржыландыру</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="42"/>
        <source>Group size</source>
        <translation>Топ көлемі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="43"/>
        <location filename="../../enrol/ui/pages/admin_page.py" line="95"/>
        <source>Groups</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="44"/>
        <source>Open</source>
        <translation>Қабылдау ашық</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="47"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="49"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="50"/>
        <source>Seats</source>
        <translation>Орын саны</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="51"/>
        <source>Enrolled</source>
        <translation>Қабылданғаны</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="53"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="55"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="58"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="59"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="60"/>
        <source>Specialty</source>
        <translation>Мамандығы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="61"/>
        <source>Cabinet</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="62"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="63"/>
        <source>Works here</source>
        <translation>Жұмыс істейді</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="95"/>
        <source>Clubs</source>
        <translation>Үйірмелер</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="95"/>
        <source>Staff</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="97"/>
        <source>New club…</source>
        <translation>Жаңа үйірме…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="97"/>
        <source>New group…</source>
        <translation>Жаңа топ…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="98"/>
        <source>New staff member…</source>
        <translation>Жаңа қызметкер…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/admin_page.py" line="101"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_dialog.py" line="104"/>
        <source>Book an appointment</source>
        <translation>Маман қабылдауына жазу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_dialog.py" line="105"/>
        <source>&amp;Specialist</source>
        <translation>&amp;Маман</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_dialog.py" line="105"/>
        <source>&amp;When</source>
        <translation>&amp;Уақыты</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_dialog.py" line="105"/>
        <source>&amp;Minutes</source>
        <translation>Ми&amp;нут</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_dialog.py" line="106"/>
        <source>Weekly, &amp;times</source>
        <translation>Апта сайын, &amp;рет</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_dialog.py" line="108"/>
        <source>Children (one, or a small group):</source>
        <translation>Балалар (бір бала немесе шағын топ):</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_dialog.py" line="109"/>
        <source>Type a surname, name or IIN…</source>
        <translation>Тегін, атын немесе ЖСН енгізіңіз…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_dialog.py" line="110"/>
        <source>&amp;Add the child</source>
        <translation>&amp;Баланы қосу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_dialog.py" line="111"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_dialog.py" line="145"/>
        <source>The cabinet has %1 seats.</source>
        <translation>Кабинетте %1 орын бар.</translation>
    </message>
</context>
<context>
    <name>AppointmentNotesDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_notes_dialog.py" line="42"/>
        <source>Session notes</source>
        <translation>Қабылдау жазбалары</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_notes_dialog.py" line="44"/>
        <source>A new note…</source>
        <translation>Жаңа жазба…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_notes_dialog.py" line="45"/>
        <source>Only you can read these notes: not other specialists, not the registrars, not the administrators.</source>
        <translation>Бұл жазбаларды тек сіз оқи аласыз: басқа мамандар да, тіркеушілер де, әкімшілер де оларды көрмейді.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_notes_dialog.py" line="53"/>
        <source>No notes of yours yet.</source>
        <translation>Сізде әзірге жазба жоқ.</translation>
    </message>
</context>
<context>
    <name>AppointmentReferralDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_referral_dialog.py" line="66"/>
        <source>Refer a child to a specialist</source>
        <translation>Баланы маманға жолдау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_referral_dialog.py" line="67"/>
        <source>Child:</source>
        <translation>Бала:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_referral_dialog.py" line="68"/>
        <source>Type a surname, name or IIN…</source>
        <translation>Тегін, атын немесе ЖСН енгізіңіз…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_referral_dialog.py" line="69"/>
        <source>&amp;Specialist</source>
        <translation>&amp;Маман</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_referral_dialog.py" line="69"/>
        <source>Your &amp;group</source>
        <translation>Сіздің &amp;тобыңыз</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_referral_dialog.py" line="69"/>
        <source>&amp;Reason</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_referral_dialog.py" line="73"/>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
</context>
<context>
    <name>AppointmentTimeDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_dialog.py" line="178"/>
        <source>Reschedule</source>
        <translation>Басқа уақытқа ауыстыру</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_dialog.py" line="179"/>
        <source>&amp;New time</source>
        <translation>&amp;Жаңа уақыт</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/appointment_dialog.py" line="180"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Минут</translation>
    </message>
</context>
<context>
    <name>AttendanceCounts</name>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="44"/>
        <source>Present</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="46"/>
        <source>Late</source>
        <translation>Кешікті</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="48"/>
        <source>Absent</source>
        <translation>Қатыспады</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="50"/>
        <source>Excused</source>
        <translation>Себепті</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="52"/>
        <source>Rate</source>
        <translation>Қатысу үлесі</translation>
    </message>
</context>
<context>
    <name>AttendanceMonthModel</name>
    <message>
        <location filename="../../enrol/ui/models/attendance_month_model.py" line="48"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="63"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="64"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="65"/>
        <source>Room</source>
        <translation>Бөлме</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="66"/>
        <source>Marked</source>
        <translation>Белгіленді</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="138"/>
        <source>Day:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="139"/>
        <source>Teacher:</source>
        <translation>Педагог:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="140"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="141"/>
        <source>Everyone present</source>
        <translation>Барлығы қатысты</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="142"/>
        <source>Marks every child without a mark present; marks already given stay</source>
        <translation>Белгісі жоқ әр балаға «қатысты» деген белгі қояды; бұрын қойылған белгілер сақталады</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="144"/>
        <source>Remove the mark</source>
        <translation>Белгіні алып тастау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="145"/>
        <source>History…</source>
        <translation>Тарихы…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="146"/>
        <source>Sessions</source>
        <translation>Сабақтар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="146"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="146"/>
        <source>Absent in a row</source>
        <translation>Қатарынан қатыспағандар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="147"/>
        <source>A child</source>
        <translation>Бала бойынша</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="150"/>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="175"/>
        <source>All teachers</source>
        <translation>Барлық педагогтар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="217"/>
        <source>&lt;p&gt;No session chosen: pick a day and a group on the left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Сабақ таңдалмаған: сол жақтан күн мен топты таңдаңыз.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="221"/>
        <source>room %1</source>
        <translation>%1 бөлме</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="227"/>
        <source>%1 children, %2 not marked yet.</source>
        <translation>%1 бала, оның %2 баласы әлі белгіленбеген.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="276"/>
        <source>%1 has been absent %2 times in a row; the registrar is told.</source>
        <translation>%1 қатарынан %2 рет сабаққа келмеді; тіркеушіге хабарланды.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="307"/>
        <source>History of the mark</source>
        <translation>Белгі тарихы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/attendance_page.py" line="308"/>
        <source>No marks yet.</source>
        <translation>Әзірге белгі жоқ.</translation>
    </message>
</context>
<context>
    <name>AttendanceSessionModel</name>
    <message>
        <location filename="../../enrol/ui/models/attendance_session_model.py" line="26"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/models/attendance_session_model.py" line="26"/>
        <source>Present</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/models/attendance_session_model.py" line="26"/>
        <source>Absent</source>
        <translation>Қатыспады</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/models/attendance_session_model.py" line="26"/>
        <source>Excused</source>
        <translation>Себепті</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/models/attendance_session_model.py" line="26"/>
        <source>Late</source>
        <translation>Кешікті</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/models/attendance_session_model.py" line="27"/>
        <source>Marked by</source>
        <translation>Белгілеген</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/models/attendance_session_model.py" line="27"/>
        <source>Note</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/models/attendance_session_model.py" line="60"/>
        <source>absences in a row: %1</source>
        <translation>қатарынан қатыспауы: %1</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/models/attendance_session_model.py" line="62"/>
        <source>corrected</source>
        <translation>түзетілді</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../enrol/ui/pages/audit_page.py" line="34"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/audit_page.py" line="35"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/audit_page.py" line="36"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/audit_page.py" line="37"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/audit_page.py" line="38"/>
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/audit_page.py" line="39"/>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/audit_page.py" line="82"/>
        <source>User:</source>
        <translation>Пайдаланушы:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/audit_page.py" line="82"/>
        <source>Record kind:</source>
        <translation>Жазба түрі:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/audit_page.py" line="82"/>
        <source>Record number:</source>
        <translation>Жазба нөмірі:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/audit_page.py" line="83"/>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/audit_page.py" line="85"/>
        <source>e.g. aigerim or cli:root</source>
        <translation>мысалы, aigerim немесе cli:root</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/audit_page.py" line="86"/>
        <source>e.g. child, group, user</source>
        <translation>мысалы, child, group, user</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/audit_page.py" line="87"/>
        <source>only from – to</source>
        <translation>тек мына аралықта</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/audit_page.py" line="88"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/audit_page.py" line="89"/>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/audit_page.py" line="109"/>
        <source>Export the audit trail</source>
        <translation>Аудит журналын экспорттау</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../enrol/ui/pages/backups_page.py" line="90"/>
        <source>Taken</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/backups_page.py" line="91"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/backups_page.py" line="92"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/backups_page.py" line="93"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/backups_page.py" line="141"/>
        <source>enrol backs up the database at every start and once a day while it runs, and checks every copy. Restoring a backup first backs up the present state, so a restore can be undone.
Folder: %1</source>
        <translation>enrol дерекқордың сақтық көшірмесін әр іске қосылғанда және жұмыс кезінде күніне бір рет жасайды әрі әр көшірмені тексереді. Сақтық көшірмені қалпына келтірер алдында қазіргі күйдің көшірмесі жасалады, сондықтан қалпына келтіруді кері қайтаруға болады.
Қалта: %1</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/backups_page.py" line="144"/>
        <source>Back up now</source>
        <translation>Қазір көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/backups_page.py" line="145"/>
        <source>Restore…</source>
        <translation>Қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/backups_page.py" line="146"/>
        <source>Open folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/backups_page.py" line="147"/>
        <source>Days of automatic backups to keep:</source>
        <translation>Автоматты сақтық көшірмелер сақталатын күндер саны:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/backups_page.py" line="183"/>
        <source>Backup written and checked: %1</source>
        <translation>Сақтық көшірме жазылды және тексерілді: %1</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/backups_page.py" line="192"/>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/backups_page.py" line="193"/>
        <source>Replace the database with the backup made %1? Everything entered since then will be replaced; the present state is backed up first, so this can be undone.</source>
        <translation>Дерекқорды %1 жасалған сақтық көшірмемен алмастыру керек пе? Содан бері енгізілгеннің бәрі ауыстырылады; алдымен қазіргі күйдің көшірмесі жасалады, сондықтан мұны кері қайтаруға болады.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/backups_page.py" line="209"/>
        <source>Restored from %1.</source>
        <translation>%1 көшірмесінен қалпына келтірілді.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/backups_page.py" line="232"/>
        <source>Automatic backup written and checked: %1</source>
        <translation>Автоматты сақтық көшірме жазылды және тексерілді: %1</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/backups_page.py" line="237"/>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматты сақтық көшірме жасалмады: %1</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/sign_in_dialog.py" line="140"/>
        <source>Change my password</source>
        <translation>Құпиясөзімді өзгерту</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/sign_in_dialog.py" line="141"/>
        <source>Current password:</source>
        <translation>Ағымдағы құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/sign_in_dialog.py" line="141"/>
        <source>New password:</source>
        <translation>Жаңа құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/sign_in_dialog.py" line="142"/>
        <source>Repeat the password:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/session.py" line="55"/>
        <source>The password was changed.</source>
        <translation>Құпиясөз өзгертілді.</translation>
    </message>
</context>
<context>
    <name>ChildAttendanceView</name>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="182"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="183"/>
        <source>Club</source>
        <translation>Үйірме</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="201"/>
        <source>Type a surname, name or IIN…</source>
        <translation>Тегін, атын немесе ЖСН енгізіңіз…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="213"/>
        <source>attended %1 of %2 marked sessions (%3)</source>
        <translation>белгіленген %2 сабақтың %1 сабағына қатысты (%3)</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="167"/>
        <source>Edit child</source>
        <translation>Бала деректерін өзгерту</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="167"/>
        <source>Register a child</source>
        <translation>Баланы тіркеу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="169"/>
        <source>&amp;Surname</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="169"/>
        <source>&amp;Given name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="169"/>
        <source>&amp;Patronymic</source>
        <translation>Ә&amp;кесінің аты</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="170"/>
        <source>&amp;IIN</source>
        <translation>&amp;ЖСН</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="170"/>
        <source>&amp;Birth date</source>
        <translation>Т&amp;уған күні</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="170"/>
        <source>Se&amp;x</source>
        <translation>Жы&amp;нысы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="171"/>
        <source>Sc&amp;hool</source>
        <translation>&amp;Мектеп</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="171"/>
        <source>G&amp;rade</source>
        <translation>&amp;Сынып</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="171"/>
        <source>School s&amp;hift</source>
        <translation>Мектеп ау&amp;ысымы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="172"/>
        <source>&amp;District</source>
        <translation>Ау&amp;даны</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="172"/>
        <source>Priority &amp;category</source>
        <translation>&amp;Басымдық санаты</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="172"/>
        <source>&amp;Notes</source>
        <translation>&amp;Ескертпе</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="176"/>
        <source>girl</source>
        <translation>қыз</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="176"/>
        <source>boy</source>
        <translation>ұл</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="178"/>
        <source>first shift (morning school)</source>
        <translation>бірінші ауысым (мектепте таңертең оқиды)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="178"/>
        <source>second shift (afternoon school)</source>
        <translation>екінші ауысым (мектепте түстен кейін оқиды)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="182"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="183"/>
        <source>Guardian (legal representative)</source>
        <translation>Ата-анасы (заңды өкілі)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="184"/>
        <source>Second guardian (optional)</source>
        <translation>Екінші заңды өкілі (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="185"/>
        <source>The guardian signed the consent to process the child&apos;s personal data today</source>
        <translation>Заңды өкіл бүгін баланың дербес деректерін өңдеуге келісімге қол қойды</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="186"/>
        <source>…and allowed photos and video of the child</source>
        <translation>…және баланы суретке және бейнеге түсіруге рұқсат берді</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="246"/>
        <source>A guardian with a phone is required.</source>
        <translation>Телефоны көрсетілген заңды өкіл қажет.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="268"/>
        <source>Possible duplicate</source>
        <translation>Қайталануы мүмкін</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="269"/>
        <source>These children have the same birth date and a similar name:
%1

Register a new child anyway?</source>
        <translation>Бұл балалардың туған күні бірдей, аты-жөні ұқсас:
%1

Бәрібір жаңа бала ретінде тіркеу керек пе?</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="115"/>
        <source>Find a child: surname, name or IIN, in any script (Ctrl+F)</source>
        <translation>Баланы іздеу: тегі, аты немесе ЖСН, кирилше не латынша (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="116"/>
        <source>New child…</source>
        <translation>Жаңа бала…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="117"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="118"/>
        <source>Import…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="119"/>
        <source>Timetable card…</source>
        <translation>Сабақ кестесі…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="121"/>
        <source>Record a signed consent…</source>
        <translation>Қол қойылған келісімді тіркеу…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="122"/>
        <source>Record a withdrawal…</source>
        <translation>Келісімнің кері қайтарылуын тіркеу…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="123"/>
        <source>Print the consent form in Kazakh…</source>
        <translation>Келісім нысанын қазақша басып шығару…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="124"/>
        <source>Print the consent form in Russian…</source>
        <translation>Келісім нысанын орысша басып шығару…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="125"/>
        <source>Export data…</source>
        <translation>Деректерді экспорттау…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="126"/>
        <source>Anonymise…</source>
        <translation>Иесіздендіру…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enrol/ui/pages/children_page.py" line="152"/>
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n бала</numerusform>
            <numerusform>%n бала</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="180"/>
        <source>girl</source>
        <translation>қыз</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="180"/>
        <source>boy</source>
        <translation>ұл</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="182"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="183"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="184"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="184"/>
        <source>grade %1</source>
        <translation>%1 сынып</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="186"/>
        <source>Shift</source>
        <translation>Ауысым</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="300"/>
        <source>Withdrawal of consent</source>
        <translation>Келісімді кері қайтару</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="301"/>
        <source>Reason given by the legal representative:</source>
        <translation>Заңды өкіл көрсеткен себеп:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="313"/>
        <source>Consent form</source>
        <translation>Келісім нысаны</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="328"/>
        <source>Export the child&apos;s data</source>
        <translation>Бала деректерін экспорттау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="332"/>
        <source>Everything held about the child was written to %1</source>
        <translation>Бала туралы барлық деректер %1 файлына жазылды</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="339"/>
        <source>Anonymise</source>
        <translation>Иесіздендіру</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="340"/>
        <source>The child&apos;s names, IIN, notes and guardians&apos; contacts will be removed for good; attendance and enrolment counts stay. Anonymise?</source>
        <translation>Баланың аты-жөні, ЖСН-і, ескертпелері және ата-анасының байланыстары біржола жойылады; қатысу мен қабылдау сандары сақталады. Иесіздендіру керек пе?</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="120"/>
        <location filename="../../enrol/ui/pages/children_page.py" line="187"/>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="187"/>
        <source>signed</source>
        <translation>қол қойылған</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="187"/>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="192"/>
        <source>Guardians</source>
        <translation>Заңды өкілдері</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="192"/>
        <source>Groups</source>
        <translation>Топтары</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="193"/>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="193"/>
        <source>Not in any group yet.</source>
        <translation>Әлі ешбір топта емес.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="243"/>
        <source>Registered %1</source>
        <translation>Тіркелді: %1</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/children_page.py" line="253"/>
        <source>Timetable card</source>
        <translation>Сабақ кестесі</translation>
    </message>
</context>
<context>
    <name>ChildrenTableModel</name>
    <message>
        <location filename="../../enrol/ui/models/children_model.py" line="40"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/models/children_model.py" line="40"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/models/children_model.py" line="40"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/models/children_model.py" line="40"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/models/children_model.py" line="40"/>
        <source>Grade</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/models/children_model.py" line="41"/>
        <source>Shift</source>
        <translation>Ауысым</translation>
    </message>
</context>
<context>
    <name>ClubDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/club_dialog.py" line="61"/>
        <source>Edit club</source>
        <translation>Үйірмені өзгерту</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/club_dialog.py" line="61"/>
        <source>New club</source>
        <translation>Жаңа үйірме</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/club_dialog.py" line="62"/>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/club_dialog.py" line="62"/>
        <source>Name in Russian:</source>
        <translation>Орысша атауы:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/club_dialog.py" line="62"/>
        <source>Direction:</source>
        <translation>Бағыты:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/club_dialog.py" line="63"/>
        <source>Youngest age:</source>
        <translation>Ең кіші жасы:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/club_dialog.py" line="63"/>
        <source>Oldest age:</source>
        <translation>Ең үлкен жасы:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/club_dialog.py" line="63"/>
        <source>Funding:</source>
        <translation>Қаржыландыру:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/club_dialog.py" line="64"/>
        <source>Default group size:</source>
        <translation>Әдепкі топ көлемі:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/club_dialog.py" line="66"/>
        <source>Open for enrolment</source>
        <translation>Қабылдау ашық</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/consent_dialog.py" line="62"/>
        <source>Consent to process personal data</source>
        <translation>Дербес деректерді өңдеуге келісім</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/consent_dialog.py" line="63"/>
        <source>Signed by:</source>
        <translation>Қол қойған:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/consent_dialog.py" line="63"/>
        <source>Relation:</source>
        <translation>Туыстығы:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/consent_dialog.py" line="63"/>
        <source>Signed on:</source>
        <translation>Қол қойылған күні:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/consent_dialog.py" line="64"/>
        <source>Valid until:</source>
        <translation>Жарамдылық мерзімі:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/consent_dialog.py" line="66"/>
        <source>the form names an end date</source>
        <translation>нысанда аяқталу күні көрсетілген</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/consent_dialog.py" line="67"/>
        <source>Photos and video of the child are allowed</source>
        <translation>Баланы суретке және бейнеге түсіруге рұқсат етілген</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/enrol_dialog.py" line="78"/>
        <source>Enrol a child</source>
        <translation>Баланы топқа қабылдау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/enrol_dialog.py" line="79"/>
        <source>Child:</source>
        <translation>Бала:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/enrol_dialog.py" line="81"/>
        <source>Type a surname, name or IIN…</source>
        <translation>Тегін, атын немесе ЖСН енгізіңіз…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/enrol_dialog.py" line="82"/>
        <source>&amp;Group</source>
        <translation>&amp;Топ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/enrol_dialog.py" line="82"/>
        <source>&amp;Funding</source>
        <translation>Қар&amp;жыландыру</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/enrol_dialog.py" line="82"/>
        <source>&amp;Voucher number</source>
        <translation>Ваучер &amp;нөмірі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/enrol_dialog.py" line="83"/>
        <source>&amp;Start date</source>
        <translation>&amp;Басталу күні</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/enrol_dialog.py" line="85"/>
        <source>as the group is funded</source>
        <translation>топтың қаржыландыруы бойынша</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/event_dialog.py" line="81"/>
        <source>New event</source>
        <translation>Жаңа іс-шара</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/event_dialog.py" line="82"/>
        <source>&amp;Title</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/event_dialog.py" line="82"/>
        <source>&amp;Room</source>
        <translation>&amp;Бөлме</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/event_dialog.py" line="82"/>
        <source>&amp;Day</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/event_dialog.py" line="82"/>
        <source>&amp;Start</source>
        <translation>Ба&amp;сталуы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/event_dialog.py" line="83"/>
        <source>&amp;End</source>
        <translation>Аяқ&amp;талуы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/event_dialog.py" line="83"/>
        <source>&amp;Headcount</source>
        <translation>Адам са&amp;ны</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/event_dialog.py" line="83"/>
        <source>N&amp;otes</source>
        <translation>&amp;Ескертпе</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/event_dialog.py" line="97"/>
        <source>Room %1 has %2 seats.</source>
        <translation>%1 бөлмесінде %2 орын бар.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/event_dialog.py" line="99"/>
        <source>The headcount is larger than that.</source>
        <translation>Адам саны одан көп.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../enrol/ui/pages/events_page.py" line="35"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/events_page.py" line="36"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/events_page.py" line="37"/>
        <source>Room</source>
        <translation>Бөлме</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/events_page.py" line="38"/>
        <source>Headcount</source>
        <translation>Адам саны</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/events_page.py" line="72"/>
        <source>Events in the hall or another room. The headcount must fit the room&apos;s seats and counts toward the building&apos;s capacity while the event lasts.</source>
        <translation>Көрермен залындағы немесе басқа бөлмедегі іс-шаралар. Адам саны бөлмедегі орын санынан аспауы керек және іс-шара жүріп жатқанда ғимараттың сыйымдылығына есептеледі.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/events_page.py" line="74"/>
        <source>New event…</source>
        <translation>Жаңа іс-шара…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/events_page.py" line="75"/>
        <source>Cancel the event…</source>
        <translation>Іс-шараны болдырмау…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/events_page.py" line="76"/>
        <source>Show past events</source>
        <translation>Өткен іс-шараларды көрсету</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/events_page.py" line="104"/>
        <source>Event «%1» booked in room %2.</source>
        <translation>«%1» іс-шарасы %2 бөлмесіне жоспарланды.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/events_page.py" line="113"/>
        <source>Cancel the event</source>
        <translation>Іс-шараны болдырмау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/events_page.py" line="112"/>
        <source>Cancel «%1»? Its room and seats become free.</source>
        <translation>«%1» іс-шарасын болдырмау керек пе? Оның бөлмесі мен орындары босайды.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/sign_in_dialog.py" line="105"/>
        <source>The first administrator</source>
        <translation>Алғашқы әкімші</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/sign_in_dialog.py" line="106"/>
        <source>This database has no users yet. Create the administrator&apos;s account; the administrator then adds the registrars, teachers and specialists.</source>
        <translation>Бұл дерекқорда әлі пайдаланушылар жоқ. Әкімшінің тіркелгісін жасаңыз; содан кейін әкімші тіркеушілерді, педагогтерді және мамандарды қосады.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/sign_in_dialog.py" line="108"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/sign_in_dialog.py" line="108"/>
        <source>Full name:</source>
        <translation>Толық аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/sign_in_dialog.py" line="108"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/sign_in_dialog.py" line="109"/>
        <source>Repeat the password:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/sign_in_dialog.py" line="111"/>
        <source>at least %1 characters</source>
        <translation>кемінде %1 таңба</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/group_dialog.py" line="84"/>
        <source>Edit group</source>
        <translation>Топты өзгерту</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/group_dialog.py" line="84"/>
        <source>New group</source>
        <translation>Жаңа топ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/group_dialog.py" line="85"/>
        <source>Code:</source>
        <translation>Коды:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/group_dialog.py" line="85"/>
        <source>Club:</source>
        <translation>Үйірме:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/group_dialog.py" line="85"/>
        <source>Teacher:</source>
        <translation>Педагог:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/group_dialog.py" line="86"/>
        <source>Seats:</source>
        <translation>Орын саны:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/group_dialog.py" line="86"/>
        <source>Youngest age:</source>
        <translation>Ең кіші жасы:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/group_dialog.py" line="86"/>
        <source>Oldest age:</source>
        <translation>Ең үлкен жасы:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/group_dialog.py" line="87"/>
        <source>Teaching language:</source>
        <translation>Оқыту тілі:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/group_dialog.py" line="87"/>
        <source>Funding:</source>
        <translation>Қаржыландыру:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/group_dialog.py" line="89"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="53"/>
        <location filename="../../enrol/ui/pages/groups_page.py" line="61"/>
        <location filename="../../enrol/ui/pages/groups_page.py" line="68"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="54"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="55"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="57"/>
        <location filename="../../enrol/ui/pages/groups_page.py" line="63"/>
        <location filename="../../enrol/ui/pages/groups_page.py" line="70"/>
        <source>Guardian</source>
        <translation>Заңды өкілі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="58"/>
        <location filename="../../enrol/ui/pages/groups_page.py" line="64"/>
        <location filename="../../enrol/ui/pages/groups_page.py" line="71"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="62"/>
        <source>Offer held until</source>
        <translation>Орын сақталу мерзімі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="67"/>
        <source>Position</source>
        <translation>Кезектегі орны</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="69"/>
        <source>Applied</source>
        <translation>Өтініш күні</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="147"/>
        <source>Roster</source>
        <translation>Топ тізімі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="148"/>
        <source>Offers</source>
        <translation>Ұсынылған орындар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="149"/>
        <source>Waitlist</source>
        <translation>Күту тізімі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="150"/>
        <source>Enrol a child…</source>
        <translation>Баланы қабылдау…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="151"/>
        <source>Withdraw…</source>
        <translation>Шығару…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="152"/>
        <source>Move to another group…</source>
        <translation>Басқа топқа ауыстыру…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="153"/>
        <source>Accept offer</source>
        <translation>Ұсынылған орынға келісу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="154"/>
        <source>Decline offer…</source>
        <translation>Ұсынылған орыннан бас тарту…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="155"/>
        <source>Seats…</source>
        <translation>Орын саны…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="156"/>
        <source>Print roster…</source>
        <translation>Топ тізімін басып шығару…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="157"/>
        <source>Attendance sheet…</source>
        <translation>Қатысу табелі…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="196"/>
        <source>%1 — %2 free of %3</source>
        <translation>%1 — %3 орынның %2 орны бос</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enrol/ui/pages/groups_page.py" line="200"/>
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>күту тізімінде: %n</numerusform>
            <numerusform>күту тізімінде: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="225"/>
        <source>&lt;p&gt;Choose a group on the left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Сол жақтан топты таңдаңыз.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="233"/>
        <source>Roster (%1)</source>
        <translation>Топ тізімі (%1)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="234"/>
        <source>Offers (%1)</source>
        <translation>Ұсынылған орындар (%1)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="235"/>
        <source>Waitlist (%1)</source>
        <translation>Күту тізімі (%1)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="241"/>
        <source>room %1</source>
        <translation>%1 бөлме</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="243"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="244"/>
        <location filename="../../enrol/ui/pages/groups_page.py" line="389"/>
        <source>Seats</source>
        <translation>Орын саны</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="244"/>
        <source>%1 enrolled, %2 offered, %3 free of %4</source>
        <translation>%4 орынның: %1 қабылданған, %2 ұсынылған, %3 бос</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="246"/>
        <source>Ages</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="247"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="247"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="247"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="248"/>
        <source>Meetings</source>
        <translation>Сабақ кестесі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="303"/>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="304"/>
        <source>To enrol anyway, give the reason (it is logged):</source>
        <translation>Бәрібір қабылдау үшін себебін көрсетіңіз (ол журналға жазылады):</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="314"/>
        <source>Enrolled in %1.</source>
        <translation>%1 тобына қабылданды.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="316"/>
        <source>A seat in %1 is offered and held.</source>
        <translation>%1 тобында орын ұсынылды және сақталып тұр.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="318"/>
        <source>The group %1 is full: waitlisted at position %2.</source>
        <translation>%1 тобында бос орын жоқ: бала күту тізіміне қойылды, кезектегі орны — %2.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="321"/>
        <source>Enrolment</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="334"/>
        <source>Withdraw</source>
        <translation>Шығару</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="335"/>
        <source>Withdraw %1 from %2? Reason:</source>
        <translation>Баланы (%1) %2 тобынан шығару керек пе? Себебі:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="341"/>
        <source>%1 withdrawn from %2.</source>
        <translation>%1 — %2 тобынан шығарылды.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="343"/>
        <source>The seat went to %1 (%2); call %3.</source>
        <translation>Орын берілді: %1 (%2); %3 нөміріне хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="353"/>
        <source>Move</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="353"/>
        <source>Move %1 to group:</source>
        <translation>Баланы (%1) қай топқа ауыстыру керек:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="360"/>
        <source>%1 moved to %2.</source>
        <translation>%1 — %2 тобына ауыстырылды.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="369"/>
        <source>%1 accepted the seat in %2.</source>
        <translation>%1 — %2 тобындағы орынға келісім берді.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="376"/>
        <source>Decline offer</source>
        <translation>Ұсынылған орыннан бас тарту</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="377"/>
        <source>Record that %1 declines the seat in %2? The seat goes to the next child on the waitlist.</source>
        <translation>Бала (%1) %2 тобындағы орыннан бас тартқанын тіркеу керек пе? Орын күту тізіміндегі келесі балаға беріледі.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="383"/>
        <source>%1 declined the seat in %2.</source>
        <translation>%1 — %2 тобындағы орыннан бас тартты.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="389"/>
        <source>Seats in %1:</source>
        <translation>%1 тобындағы орын саны:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="394"/>
        <source>%1 now has %2 seats.</source>
        <translation>%1 тобында енді %2 орын.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="403"/>
        <source>Roster %1</source>
        <translation>Топ тізімі %1</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/groups_page.py" line="417"/>
        <source>Attendance %1 %2</source>
        <translation>Қатысу табелі %1 %2</translation>
    </message>
</context>
<context>
    <name>GuardianBox</name>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="54"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="54"/>
        <source>Relation</source>
        <translation>Кім болып келеді</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/child_dialog.py" line="54"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="58"/>
        <source>add</source>
        <translation>қосу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="59"/>
        <source>update #%1: %2</source>
        <translation>жаңарту #%1: %2</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="62"/>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="72"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="63"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="65"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="67"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="68"/>
        <source>What happens</source>
        <translation>Не болады</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="73"/>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="74"/>
        <source>Problem</source>
        <translation>Қате</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="115"/>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="128"/>
        <source>Import children</source>
        <translation>Балаларды импорттау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="116"/>
        <source>Choose file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="117"/>
        <source>A .csv or .xlsx file with a header row</source>
        <translation>Тақырып жолы бар .csv немесе .xlsx файлы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="119"/>
        <source>The columns are those of the children&apos;s export: a blank id adds a child, the id of a registered child updates it (blank cells keep what is stored). Nothing is imported while any row is wrong.</source>
        <translation>Бағандар балалар экспортындағыдай: id бос болса, жаңа бала қосылады, тіркелген баланың id-і көрсетілсе, сол баланың деректері жаңартылады (бос ұяшықтар бұрынғы мәнін сақтайды). Кемінде бір жолда қате болса, ештеңе импортталмайды.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="121"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="129"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Кестелер (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="138"/>
        <source>Checking %1…</source>
        <translation>%1 тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="161"/>
        <source>To import (%1)</source>
        <translation>Импортталады (%1)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="162"/>
        <source>Problems (%1)</source>
        <translation>Қателер (%1)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="163"/>
        <source>Warnings (%1)</source>
        <translation>Ескертулер (%1)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="165"/>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Импортталды: %1 қосылды, %2 жаңартылды.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="168"/>
        <source>Choose a file to see what will be imported.</source>
        <translation>Не импортталатынын көру үшін файлды таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="170"/>
        <source>Nothing can be imported until the %n problem(s) are corrected in the file.</source>
        <translation>
            <numerusform>Файлдағы %n қате түзетілмейінше, ештеңе импортталмайды.</numerusform>
            <numerusform>Файлдағы %n қате түзетілмейінше, ештеңе импортталмайды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="173"/>
        <source>Ready: %1 to add, %2 to update, %3 already up to date.</source>
        <translation>Дайын: %1 қосылады, %2 жаңартылады, %3 өзгеріссіз.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="187"/>
        <source>Importing %1…</source>
        <translation>%1 импортталуда…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="195"/>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>Импорт тоқтатылды; ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="203"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="208"/>
        <source>Checking the rows…</source>
        <translation>Жолдар тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="208"/>
        <source>Comparing with the registry…</source>
        <translation>Тізіліммен салыстырылуда…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="209"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/import_dialog.py" line="210"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="254"/>
        <source>Preparing every group&apos;s attendance sheet…</source>
        <translation>Барлық топтардың қатысу табельдері дайындалуда…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="257"/>
        <source>Attendance %1</source>
        <translation>Қатысу табелі %1</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="302"/>
        <source>enrol — the centre&apos;s front desk</source>
        <translation>enrol — орталықтың тіркеу бөлімі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="311"/>
        <source>&amp;Front desk</source>
        <translation>&amp;Тіркеу бөлімі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="312"/>
        <source>&amp;Language</source>
        <translation>Ті&amp;л</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="313"/>
        <source>&amp;New child…</source>
        <translation>&amp;Жаңа бала…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="314"/>
        <source>&amp;Find a child</source>
        <translation>Баланы і&amp;здеу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="315"/>
        <source>&amp;Enrol in a group…</source>
        <translation>&amp;Топқа қабылдау…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="316"/>
        <source>&amp;Refresh</source>
        <translation>Жаңа&amp;рту</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="317"/>
        <source>Print every group&apos;s &amp;attendance sheet…</source>
        <translation>Барлық топтардың қатысу табелін &amp;басып шығару…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="318"/>
        <source>Change my &amp;password…</source>
        <translation>Құпиясөзімді &amp;өзгерту…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="319"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="322"/>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/meeting_dialog.py" line="83"/>
        <source>Move or edit a meeting</source>
        <translation>Сабақты ауыстыру не өзгерту</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/meeting_dialog.py" line="83"/>
        <source>New meeting</source>
        <translation>Жаңа сабақ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/meeting_dialog.py" line="84"/>
        <source>Group:</source>
        <translation>Топ:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/meeting_dialog.py" line="84"/>
        <source>Day:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/meeting_dialog.py" line="84"/>
        <source>Starts:</source>
        <translation>Басталуы:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/meeting_dialog.py" line="85"/>
        <source>Ends:</source>
        <translation>Аяқталуы:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/meeting_dialog.py" line="85"/>
        <source>Room:</source>
        <translation>Бөлме:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/meeting_dialog.py" line="95"/>
        <source>Choose a group and a room.</source>
        <translation>Топ пен бөлмені таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/meeting_dialog.py" line="101"/>
        <source>No clashes; seats and the building&apos;s capacity allow it.</source>
        <translation>Қабаттасу жоқ; орын саны мен ғимараттың сыйымдылығы жетеді.</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/month_dialog.py" line="28"/>
        <source>Attendance sheets</source>
        <translation>Қатысу табельдері</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/month_dialog.py" line="29"/>
        <source>&amp;Month</source>
        <translation>&amp;Ай</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/month_dialog.py" line="31"/>
        <source>Blank sheet (boxes to fill in by hand)</source>
        <translation>Бос табель (ұяшықтары қолмен толтырылады)</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="74"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="75"/>
        <source>Club</source>
        <translation>Үйірме</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="76"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="101"/>
        <source>Group:</source>
        <translation>Топ:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="102"/>
        <source>Month:</source>
        <translation>Ай:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/widgets/attendance_views.py" line="135"/>
        <source>%1 sessions, %2 children; attended %3 of %4 marks (%5).</source>
        <translation>%1 сабақ, %2 бала; %4 белгінің %3 белгісі — қатысу (%5).</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="46"/>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="47"/>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="49"/>
        <source>Clubs &amp; groups</source>
        <translation>Үйірмелер мен топтар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="51"/>
        <source>Clubs, groups, staff</source>
        <translation>Үйірмелер, топтар, қызметкерлер</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="53"/>
        <source>Timetable</source>
        <translation>Сабақ кестесі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="55"/>
        <source>Rooms</source>
        <translation>Бөлмелер</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="57"/>
        <source>Notifications</source>
        <translation>Хабарламалар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="59"/>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="61"/>
        <source>Specialists</source>
        <translation>Мамандар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="62"/>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="64"/>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="66"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="68"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="70"/>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/main_window.py" line="72"/>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../../enrol/ui/pages/notifications_page.py" line="46"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/notifications_page.py" line="47"/>
        <source>What</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/notifications_page.py" line="48"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/notifications_page.py" line="49"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/notifications_page.py" line="50"/>
        <source>Guardian</source>
        <translation>Заңды өкілі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/notifications_page.py" line="51"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/notifications_page.py" line="52"/>
        <source>Answer by</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/notifications_page.py" line="81"/>
        <source>Call the guardian about each offered seat before it expires; mark the notification done when you have called.</source>
        <translation>Ұсынылған әр орын туралы мерзімі өткенше заңды өкілге хабарласыңыз; қоңырау шалғаннан кейін хабарламаны орындалды деп белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/notifications_page.py" line="83"/>
        <source>Called — mark done</source>
        <translation>Хабарластым — орындалды деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/notifications_page.py" line="84"/>
        <source>Show done ones too</source>
        <translation>Орындалғандарын да көрсету</translation>
    </message>
</context>
<context>
    <name>NowPage</name>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="105"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="105"/>
        <source>(offered)</source>
        <translation>(орын ұсынылған)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="107"/>
        <location filename="../../enrol/ui/pages/now_page.py" line="147"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="107"/>
        <source>appointment</source>
        <translation>маман қабылдауы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="146"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="148"/>
        <source>Club</source>
        <translation>Үйірме</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="149"/>
        <source>Room</source>
        <translation>Бөлме</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="150"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="151"/>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="191"/>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="190"/>
        <source>Moment:</source>
        <translation>Уақыт мезеті:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="192"/>
        <source>Evacuation list…</source>
        <translation>Эвакуация тізімі…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="193"/>
        <source>Floor plan</source>
        <translation>Қабаттар жоспары</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="194"/>
        <source>Week heat map</source>
        <translation>Апталық жүктеме картасы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="195"/>
        <source>&lt;b&gt;Sessions that day&lt;/b&gt;</source>
        <translation>&lt;b&gt;Осы күнгі сабақтар&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="196"/>
        <source>&lt;b&gt;Notifications&lt;/b&gt;</source>
        <translation>&lt;b&gt;Хабарламалар&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="197"/>
        <source>Time of day</source>
        <translation>Тәулік уақыты</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="236"/>
        <source>Nothing to call about.</source>
        <translation>Ешкімге хабарласудың қажеті жоқ.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="253"/>
        <source>Floor %1 — %2 children</source>
        <translation>%1-қабат — %2 бала</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="262"/>
        <source>%1 of %2 children in the building</source>
        <translation>Ғимаратта %1 бала (сыйымдылығы %2)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="266"/>
        <source>Floor %1: %2</source>
        <translation>%1-қабат: %2</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="288"/>
        <source>&lt;p&gt;Click a room on the plan to see who is expected there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Бөлмеде кім күтілетінін көру үшін жоспардағы бөлмені басыңыз.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="295"/>
        <source>%1 expected of %2 seats</source>
        <translation>Күтілетіні: %1 (орын саны %2)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="298"/>
        <source>Adult in charge: %1</source>
        <translation>Жауапты: %1</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="300"/>
        <source>Event: %1 (%2 people)</source>
        <translation>Іс-шара: %1 (%2 адам)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="310"/>
        <source>The building</source>
        <translation>Бүкіл ғимарат</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="312"/>
        <source>Floor %1</source>
        <translation>%1-қабат</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="314"/>
        <source>Room %1 · %2</source>
        <translation>%1 бөлме · %2</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="335"/>
        <source>Nobody is expected in a typical week.</source>
        <translation>Әдеттегі аптада ешкім күтілмейді.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="339"/>
        <source>Peak: %1 children on %2 at %3 (capacity %4)</source>
        <translation>Ең көбі: %1 бала — %2, %3 (сыйымдылығы %4)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="346"/>
        <source>Over capacity: %1</source>
        <translation>Сыйымдылықтан асатын уақыт: %1</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/now_page.py" line="356"/>
        <source>Evacuation list %1</source>
        <translation>Эвакуация тізімі %1</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/print_preview.py" line="57"/>
        <source>Preview — %1</source>
        <translation>Алдын ала қарау — %1</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/print_preview.py" line="58"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/print_preview.py" line="59"/>
        <source>&amp;Save as PDF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/print_preview.py" line="60"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/print_preview.py" line="72"/>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/print_preview.py" line="79"/>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/print_preview.py" line="79"/>
        <source>The file could not be written: %1</source>
        <translation>Файл жазылмады: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="119"/>
        <source>Children of</source>
        <translation>Балалар тобы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="120"/>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="121"/>
        <source>Free</source>
        <translation>Тегін</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="122"/>
        <source>Paid</source>
        <translation>Ақылы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="137"/>
        <location filename="../../enrol/ui/pages/reports_page.py" line="174"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="138"/>
        <source>Club</source>
        <translation>Үйірме</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="139"/>
        <source>Taken</source>
        <translation>Толған</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="140"/>
        <source>Filled</source>
        <translation>Толуы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="141"/>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="164"/>
        <source>Of</source>
        <translation>Кім/не</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="165"/>
        <source>Recorded</source>
        <translation>Белгіленген</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="166"/>
        <source>Attended</source>
        <translation>Қатысқан</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="167"/>
        <location filename="../../enrol/ui/pages/reports_page.py" line="175"/>
        <source>Rate</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="173"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="177"/>
        <source>In a row</source>
        <translation>Қатарынан</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="178"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="246"/>
        <source>&lt;b&gt;%1&lt;/b&gt; children served, &lt;b&gt;%2&lt;/b&gt; of them for free (%3); %4 new, %5 returning; %6 places, %7 of them free (%8).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; бала қамтылды, оның &lt;b&gt;%2&lt;/b&gt; тегін (%3); %4 жаңа, %5 қайта келген; %6 орын, оның %7 тегін (%8).</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="252"/>
        <source>free</source>
        <translation>тегін</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="252"/>
        <source>paid</source>
        <translation>ақылы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="254"/>
        <source>children served for free</source>
        <translation>тегін қамтылған балалар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="256"/>
        <source>free places</source>
        <translation>тегін орындар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="258"/>
        <source>Share served for free</source>
        <translation>Тегін қамтылғандар үлесі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="259"/>
        <source>city target %1</source>
        <translation>қала мақсаты %1</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="263"/>
        <source>By funding</source>
        <translation>Қаржыландыру бойынша</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="264"/>
        <source>By age</source>
        <translation>Жасы бойынша</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="265"/>
        <source>By sex</source>
        <translation>Жынысы бойынша</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="266"/>
        <source>By direction</source>
        <translation>Бағыттар бойынша</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="267"/>
        <source>By district</source>
        <translation>Аудандар бойынша</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="268"/>
        <location filename="../../enrol/ui/pages/reports_page.py" line="323"/>
        <source>By club</source>
        <translation>Үйірмелер бойынша</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="269"/>
        <source>Nobody</source>
        <translation>Ешкім жоқ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="292"/>
        <source>Week of %1: peak &lt;b&gt;%2&lt;/b&gt; of %3 children (%4); %5 of %6 seats in groups taken, %7 waiting.</source>
        <translation>%1 аптасы: ең жоғары жүктеме &lt;b&gt;%2&lt;/b&gt; / %3 бала (%4); топтардағы %6 орынның %5 толған, %7 күтуде.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="300"/>
        <source>Under-filled groups (less than half the seats taken)</source>
        <translation>Толмаған топтар (орындардың жартысынан азы толған)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="301"/>
        <location filename="../../enrol/ui/pages/reports_page.py" line="304"/>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="304"/>
        <source>Groups with long waitlists</source>
        <translation>Күту тізімі ұзын топтар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="312"/>
        <source>%1 sessions recorded, attendance &lt;b&gt;%2&lt;/b&gt;; &lt;b&gt;%3&lt;/b&gt; children at risk of dropping out.</source>
        <translation>%1 сабақ белгіленді, қатысу &lt;b&gt;%2&lt;/b&gt;; оқудан шығып кету қаупі бар &lt;b&gt;%3&lt;/b&gt; бала.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="321"/>
        <source>By month</source>
        <translation>Айлар бойынша</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="322"/>
        <location filename="../../enrol/ui/pages/reports_page.py" line="324"/>
        <source>No attendance recorded in this period</source>
        <translation>Бұл кезеңде қатысу белгіленбеген</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_export.py" line="55"/>
        <source>Save as XLSX</source>
        <translation>XLSX ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="335"/>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="338"/>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="339"/>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="340"/>
        <source>Academic year</source>
        <translation>Оқу жылы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="341"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="342"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="343"/>
        <source>XLSX…</source>
        <translation>XLSX…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="344"/>
        <source>Coverage</source>
        <translation>Қамту</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="345"/>
        <source>Utilisation</source>
        <translation>Пайдалану</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="346"/>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="347"/>
        <source>Children at risk of dropping out</source>
        <translation>Оқудан шығып кету қаупі бар балалар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="351"/>
        <source>Rates by group</source>
        <translation>Топтар бойынша қатысу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="351"/>
        <source>Rates by club</source>
        <translation>Үйірмелер бойынша қатысу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="352"/>
        <source>Rates by teacher</source>
        <translation>Педагогтер бойынша қатысу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/reports_page.py" line="352"/>
        <source>Rates by month</source>
        <translation>Айлар бойынша қатысу</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../enrol/ui/app.py" line="127"/>
        <source>%1 child(ren) had no activity for longer than the retention period. Anonymise their data now? (Names, IIN, contacts and notes are removed; statistics stay.)</source>
        <translation>Сақтау мерзімінен ұзақ уақыт бойы белсенділігі болмаған балалар саны: %1. Олардың деректерін қазір иесіздендіру керек пе? (Аты-жөні, ЖСН, байланыстары мен ескертпелері жойылады; статистика сақталады.)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../enrol/ui/dialogs/user_dialog.py" line="81"/>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/user_dialog.py" line="82"/>
        <source>Registrar</source>
        <translation>Тіркеуші</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/user_dialog.py" line="83"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/user_dialog.py" line="84"/>
        <source>Specialist</source>
        <translation>Маман</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/room_dialog.py" line="66"/>
        <source>Edit room</source>
        <translation>Бөлмені өзгерту</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/room_dialog.py" line="66"/>
        <source>New room</source>
        <translation>Жаңа бөлме</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/room_dialog.py" line="67"/>
        <source>Code:</source>
        <translation>Коды:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/room_dialog.py" line="67"/>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/room_dialog.py" line="67"/>
        <source>Floor:</source>
        <translation>Қабаты:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/room_dialog.py" line="67"/>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/room_dialog.py" line="68"/>
        <source>Seats:</source>
        <translation>Орын саны:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/room_dialog.py" line="72"/>
        <source>In use</source>
        <translation>Пайдаланылады</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../enrol/ui/pages/rooms_page.py" line="29"/>
        <source>Floor</source>
        <translation>Қабат</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/rooms_page.py" line="30"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/rooms_page.py" line="31"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/rooms_page.py" line="32"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/rooms_page.py" line="33"/>
        <source>Seats</source>
        <translation>Орын саны</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/rooms_page.py" line="34"/>
        <source>In use</source>
        <translation>Пайдаланылады</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/rooms_page.py" line="34"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/rooms_page.py" line="34"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/rooms_page.py" line="71"/>
        <source>New room…</source>
        <translation>Жаңа бөлме…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/rooms_page.py" line="72"/>
        <source>Edit room…</source>
        <translation>Бөлмені өзгерту…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/rooms_page.py" line="101"/>
        <source>Choose a room to see its week.</source>
        <translation>Бөлменің аптасын көру үшін оны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/rooms_page.py" line="103"/>
        <source>&lt;b&gt;Room %1 · %2&lt;/b&gt; — the typical week against its %3 seats.</source>
        <translation>&lt;b&gt;%1 бөлме · %2&lt;/b&gt; — әдеттегі апта және %3 орын.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/rooms_page.py" line="106"/>
        <source>Busiest: %1 children on %2 at %3.</source>
        <translation>Ең көбі: %1 бала — %2, %3.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/rooms_page.py" line="110"/>
        <source>No group meets here.</source>
        <translation>Мұнда бірде-бір топтың сабағы жоқ.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../enrol/ui/pages/settings_page.py" line="106"/>
        <source>&lt;h2&gt;The centre&apos;s settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Орталық баптаулары&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/settings_page.py" line="108"/>
        <source>Centre&apos;s name on documents:</source>
        <translation>Құжаттардағы орталық атауы:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/settings_page.py" line="109"/>
        <source>Building capacity (children at once):</source>
        <translation>Ғимарат сыйымдылығы (бір уақыттағы балалар саны):</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/settings_page.py" line="110"/>
        <source>First school shift:</source>
        <translation>Мектептің бірінші ауысымы:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/settings_page.py" line="111"/>
        <source>Second school shift:</source>
        <translation>Мектептің екінші ауысымы:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/settings_page.py" line="112"/>
        <source>Age counted on:</source>
        <translation>Жас есептелетін күн:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/settings_page.py" line="113"/>
        <source>Days a freed seat is held:</source>
        <translation>Босаған орын сақталатын күндер:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/settings_page.py" line="114"/>
        <source>When a seat frees:</source>
        <translation>Орын босағанда:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/settings_page.py" line="115"/>
        <source>Academic year:</source>
        <translation>Оқу жылы:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/settings_page.py" line="116"/>
        <source>Language of the program and documents:</source>
        <translation>Бағдарлама мен құжаттардың тілі:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/settings_page.py" line="122"/>
        <source>offer it to the head of the waitlist</source>
        <translation>күту тізіміндегі біріншіге ұсыну</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/settings_page.py" line="123"/>
        <source>enrol the head of the waitlist at once</source>
        <translation>күту тізіміндегі біріншіні бірден қабылдау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/settings_page.py" line="126"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/settings_page.py" line="127"/>
        <source>Undo changes</source>
        <translation>Өзгерістерді қайтару</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/settings_page.py" line="171"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/settings_page.py" line="171"/>
        <source>Nothing changed.</source>
        <translation>Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/settings_page.py" line="184"/>
        <source>The building is already over the new capacity of %1 at: %2. No enrolment will add children at these moments.</source>
        <translation>Ғимараттағы балалар саны мына уақыттарда жаңа сыйымдылықтан (%1) қазірдің өзінде асып тұр: %2. Бұл уақыттарға бала қосатын қабылдау жүргізілмейді.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/sign_in_dialog.py" line="53"/>
        <source>Sign in to enrol</source>
        <translation>enrol жүйесіне кіру</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/sign_in_dialog.py" line="54"/>
        <source>enrol — the centre&apos;s front desk</source>
        <translation>enrol — орталықтың тіркеу бөлімі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/sign_in_dialog.py" line="55"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/sign_in_dialog.py" line="56"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/sign_in_dialog.py" line="57"/>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
</context>
<context>
    <name>SpecialistsPage</name>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="64"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="65"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="66"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="67"/>
        <source>Referred by</source>
        <translation>Жолдаған</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="68"/>
        <source>On</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="70"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="134"/>
        <source>◀ Previous week</source>
        <translation>◀ Алдыңғы апта</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="135"/>
        <source>This week</source>
        <translation>Осы апта</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="136"/>
        <source>Next week ▶</source>
        <translation>Келесі апта ▶</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="137"/>
        <source>Book…</source>
        <translation>Жазу…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="138"/>
        <source>Reschedule…</source>
        <translation>Ауыстыру…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="139"/>
        <source>Cancel…</source>
        <translation>Болдырмау…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="140"/>
        <source>My notes…</source>
        <translation>Менің жазбаларым…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="141"/>
        <source>Refer a child…</source>
        <translation>Баланы жолдау…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="142"/>
        <source>Book for this referral…</source>
        <translation>Осы жолдама бойынша жазу…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="143"/>
        <source>Close the referral</source>
        <translation>Жолдаманы жабу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="144"/>
        <source>Week</source>
        <translation>Апта</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="145"/>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="158"/>
        <source>Referrals (%1)</source>
        <translation>Жолдамалар (%1)</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="200"/>
        <source>Double-click a free time to book it; click an appointment to change it.</source>
        <translation>Жазу үшін бос уақытты екі рет басыңыз; қабылдауды өзгерту үшін оны бір рет басыңыз.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="255"/>
        <source>Booked:</source>
        <translation>Жазылды:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="257"/>
        <source>Not booked:</source>
        <translation>Жазылмады:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="261"/>
        <source>Appointments</source>
        <translation>Қабылдаулар</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="288"/>
        <source>Appointments cancelled: %1.</source>
        <translation>Болдырылмаған қабылдаулар: %1.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="275"/>
        <source>Cancel</source>
        <translation>Қабылдауды болдырмау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="273"/>
        <source>Cancel the appointment of %1 at %2?</source>
        <translation>%2 уақытындағы қабылдауды (%1) болдырмау керек пе?</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="266"/>
        <source>Appointments booked: %1.</source>
        <translation>Жазылған қабылдаулар: %1.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="278"/>
        <source>This one</source>
        <translation>Тек осыны</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="279"/>
        <source>This and the later ones</source>
        <translation>Осыны және кейінгілерін</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="303"/>
        <source>Moved to %1.</source>
        <translation>%1 уақытына ауыстырылды.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="318"/>
        <source>The note is saved; only you can read it.</source>
        <translation>Жазба сақталды; оны тек сіз оқи аласыз.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="331"/>
        <source>The referral is recorded.</source>
        <translation>Жолдама тіркелді.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/specialists_page.py" line="342"/>
        <source>The referral is closed.</source>
        <translation>Жолдама жабылды.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/staff_dialog.py" line="58"/>
        <source>Edit staff member</source>
        <translation>Қызметкер деректерін өзгерту</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/staff_dialog.py" line="58"/>
        <source>New staff member</source>
        <translation>Жаңа қызметкер</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/staff_dialog.py" line="59"/>
        <source>Surname:</source>
        <translation>Тегі:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/staff_dialog.py" line="59"/>
        <source>Name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/staff_dialog.py" line="59"/>
        <source>Patronymic:</source>
        <translation>Әкесінің аты:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/staff_dialog.py" line="60"/>
        <source>Position:</source>
        <translation>Лауазымы:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/staff_dialog.py" line="60"/>
        <source>Specialty:</source>
        <translation>Мамандығы:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/staff_dialog.py" line="60"/>
        <source>Cabinet:</source>
        <translation>Кабинет:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/staff_dialog.py" line="61"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/staff_dialog.py" line="63"/>
        <source>Works at the centre</source>
        <translation>Орталықта жұмыс істейді</translation>
    </message>
</context>
<context>
    <name>StorageProblemDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/storage_dialog.py" line="44"/>
        <source>Storage problem</source>
        <translation>Деректерді сақтау ақауы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/storage_dialog.py" line="49"/>
        <source>The latest good backup was made %1 (%2). Restoring it replaces the database with it; the present file is kept beside it first, so nothing is deleted.</source>
        <translation>Соңғы жарамды сақтық көшірме %1 жасалған (%2). Оны қалпына келтірсеңіз, дерекқор осы көшірмемен алмастырылады; қазіргі файл алдымен жанына сақталады, сондықтан ештеңе жойылмайды.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/storage_dialog.py" line="53"/>
        <source>Restore latest backup</source>
        <translation>Соңғы сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/storage_dialog.py" line="55"/>
        <source>There is no backup to restore from. Ask IT to check the file.</source>
        <translation>Қалпына келтіретін сақтық көшірме жоқ. IT бөлімінен файлды тексеруді сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/storage_dialog.py" line="57"/>
        <source>Try again</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/storage_dialog.py" line="58"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/storage_dialog.py" line="58"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <location filename="../../enrol/ui/pages/timetable_page.py" line="63"/>
        <source>Room</source>
        <translation>Бөлме</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/timetable_page.py" line="63"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/timetable_page.py" line="63"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/timetable_page.py" line="67"/>
        <source>New meeting…</source>
        <translation>Жаңа сабақ…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/timetable_page.py" line="68"/>
        <source>Move or edit…</source>
        <translation>Ауыстыру не өзгерту…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/timetable_page.py" line="69"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enrol/ui/pages/timetable_page.py" line="118"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n сабақ</numerusform>
            <numerusform>%n сабақ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/timetable_page.py" line="119"/>
        <source>%1 h a week</source>
        <translation>аптасына %1 сағ</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/timetable_page.py" line="168"/>
        <source>Remove meeting</source>
        <translation>Сабақты алып тастау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/timetable_page.py" line="168"/>
        <source>Remove the meeting of %1 on %2 %3–%4 in room %5?</source>
        <translation>%1 тобының сабағын (%2 %3–%4, %5 бөлме) алып тастау керек пе?</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../enrol/ui/dialogs/user_dialog.py" line="54"/>
        <source>New user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/user_dialog.py" line="55"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/user_dialog.py" line="55"/>
        <source>Full name:</source>
        <translation>Толық аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/user_dialog.py" line="55"/>
        <source>Role:</source>
        <translation>Рөлі:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/user_dialog.py" line="56"/>
        <source>Staff member:</source>
        <translation>Қызметкер:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/user_dialog.py" line="56"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/user_dialog.py" line="57"/>
        <source>Repeat the password:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/dialogs/user_dialog.py" line="61"/>
        <source>at least %1 characters</source>
        <translation>кемінде %1 таңба</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../enrol/ui/pages/users_page.py" line="24"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/users_page.py" line="25"/>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/users_page.py" line="26"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/users_page.py" line="27"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/users_page.py" line="28"/>
        <source>Last sign-in</source>
        <translation>Соңғы кіруі</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/users_page.py" line="55"/>
        <source>deactivated</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/users_page.py" line="57"/>
        <source>locked until %1</source>
        <translation>%1 дейін бұғатталған</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/users_page.py" line="58"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/users_page.py" line="61"/>
        <source>New user…</source>
        <translation>Жаңа пайдаланушы…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/users_page.py" line="62"/>
        <source>Set password…</source>
        <translation>Құпиясөз орнату…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/users_page.py" line="63"/>
        <source>Change my password…</source>
        <translation>Құпиясөзімді өзгерту…</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/users_page.py" line="87"/>
        <source>Reactivate</source>
        <translation>Қайта қосу</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/users_page.py" line="88"/>
        <location filename="../../enrol/ui/pages/users_page.py" line="121"/>
        <source>Deactivate</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/users_page.py" line="109"/>
        <source>Set password</source>
        <translation>Құпиясөз орнату</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/users_page.py" line="110"/>
        <source>New password for %1:</source>
        <translation>%1 үшін жаңа құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/users_page.py" line="122"/>
        <source>%1 will no longer be able to sign in. Deactivate?</source>
        <translation>%1 енді кіре алмайды. Өшіру керек пе?</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../enrol/ui/errors.py" line="37"/>
        <source>Something went wrong and the action was not completed. Please send the log file %1 to IT.</source>
        <translation>Бірдеңе дұрыс болмады, әрекет аяқталмады. %1 журнал файлын IT бөліміне жіберіңіз.</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <location filename="../../enrol/ui/pages/notifications_page.py" line="27"/>
        <source>seat offered — expires soon</source>
        <translation>орын ұсынылды — мерзімі жақында бітеді</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/notifications_page.py" line="28"/>
        <source>seat offered</source>
        <translation>орын ұсынылды</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/notifications_page.py" line="30"/>
        <source>enrolled from the waitlist</source>
        <translation>күту тізімінен қабылданды</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/notifications_page.py" line="31"/>
        <location filename="../../enrol/ui/pages/notifications_page.py" line="32"/>
        <source>offer expired</source>
        <translation>ұсыныс мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/pages/notifications_page.py" line="33"/>
        <source>absent several times in a row</source>
        <translation>қатарынан бірнеше рет қатыспады</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../enrol/ui/dialogs/print_preview.py" line="130"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/errors.py" line="20"/>
        <source>Storage problem</source>
        <translation>Деректерді сақтау ақауы</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../enrol/ui/texts.py" line="15"/>
        <source>waitlisted, position %1</source>
        <translation>күту тізімінде, кезектегі орны: %1</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/texts.py" line="18"/>
        <source>offered a seat until %1</source>
        <translation>орын %1 дейін ұсынылды</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/texts.py" line="20"/>
        <source>enrolled</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/texts.py" line="21"/>
        <source>waitlisted</source>
        <translation>күту тізімінде</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/texts.py" line="22"/>
        <source>offered a seat</source>
        <translation>орын ұсынылды</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/texts.py" line="23"/>
        <source>withdrawn</source>
        <translation>шығарылды</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/texts.py" line="24"/>
        <source>completed</source>
        <translation>оқуын аяқтады</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/texts.py" line="25"/>
        <source>declined the offer</source>
        <translation>орыннан бас тартты</translation>
    </message>
    <message>
        <location filename="../../enrol/ui/texts.py" line="26"/>
        <source>offer expired</source>
        <translation>ұсыныс мерзімі өтті</translation>
    </message>
</context>
</TS>
