<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AbsencesView</name>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Absences in a row</source>
        <translation>Пропусков подряд</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Children absent without a reason at their latest sessions, as many times in a row as Settings says (absences before the registrar is told). Call the guardian; an excused absence or a presence ends the run.</source>
        <translation>Дети, пропустившие без причины последние занятия столько раз подряд, сколько указано в настройках (пропусков до сообщения регистратору). Позвоните законному представителю; пропуск по уважительной причине или посещение прерывают серию.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Кружок</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Размер группы</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Набор открыт</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зачислено</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Works here</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Clubs</source>
        <translation>Кружки</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>New club…</source>
        <translation>Новый кружок…</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Новая группа…</translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation>Новый сотрудник…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>Запись на приём</translation>
    </message>
    <message>
        <source>&amp;Specialist</source>
        <translation>&amp;Специалист</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Когда</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Минуты</translation>
    </message>
    <message>
        <source>Weekly, &amp;times</source>
        <translation>Еженедельно, &amp;раз</translation>
    </message>
    <message>
        <source>Children (one, or a small group):</source>
        <translation>Дети (один ребёнок или небольшая группа):</translation>
    </message>
    <message>
        <source>Type a surname, name or IIN…</source>
        <translation>Введите фамилию, имя или ИИН…</translation>
    </message>
    <message>
        <source>&amp;Add the child</source>
        <translation>&amp;Добавить ребёнка</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>The cabinet has %1 seats.</source>
        <translation>Мест в кабинете: %1.</translation>
    </message>
</context>
<context>
    <name>AppointmentNotesDialog</name>
    <message>
        <source>Session notes</source>
        <translation>Заметки о приёме</translation>
    </message>
    <message>
        <source>A new note…</source>
        <translation>Новая заметка…</translation>
    </message>
    <message>
        <source>Only you can read these notes: not other specialists, not the registrars, not the administrators.</source>
        <translation>Эти заметки можете читать только вы: ни другие специалисты, ни регистраторы, ни администраторы их не видят.</translation>
    </message>
    <message>
        <source>No notes of yours yet.</source>
        <translation>У вас пока нет заметок.</translation>
    </message>
</context>
<context>
    <name>AppointmentReferralDialog</name>
    <message>
        <source>Refer a child to a specialist</source>
        <translation>Направить ребёнка к специалисту</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Ребёнок:</translation>
    </message>
    <message>
        <source>Type a surname, name or IIN…</source>
        <translation>Введите фамилию, имя или ИИН…</translation>
    </message>
    <message>
        <source>&amp;Specialist</source>
        <translation>&amp;Специалист</translation>
    </message>
    <message>
        <source>Your &amp;group</source>
        <translation>Ваша &amp;группа</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>AppointmentTimeDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>Перенос приёма</translation>
    </message>
    <message>
        <source>&amp;New time</source>
        <translation>&amp;Новое время</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Минуты</translation>
    </message>
</context>
<context>
    <name>AttendanceCounts</name>
    <message>
        <source>Present</source>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Опоздал</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Отсутствовал</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Уваж. причина</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Посещаемость</translation>
    </message>
</context>
<context>
    <name>AttendanceMonthModel</name>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Отмечено</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Педагог:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Все присутствуют</translation>
    </message>
    <message>
        <source>Marks every child without a mark present; marks already given stay</source>
        <translation>Отмечает присутствующими всех детей без отметки; уже поставленные отметки сохраняются</translation>
    </message>
    <message>
        <source>Remove the mark</source>
        <translation>Снять отметку</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Absent in a row</source>
        <translation>Пропуски подряд</translation>
    </message>
    <message>
        <source>A child</source>
        <translation>По ребёнку</translation>
    </message>
    <message>
        <source>All teachers</source>
        <translation>Все педагоги</translation>
    </message>
    <message>
        <source>&lt;p&gt;No session chosen: pick a day and a group on the left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Занятие не выбрано: выберите день и группу слева.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>каб. %1</translation>
    </message>
    <message>
        <source>%1 children, %2 not marked yet.</source>
        <translation>Детей: %1, ещё не отмечено: %2.</translation>
    </message>
    <message>
        <source>%1 has been absent %2 times in a row; the registrar is told.</source>
        <translation>%1: пропущено занятий подряд — %2; регистратор уведомлён.</translation>
    </message>
    <message>
        <source>History of the mark</source>
        <translation>История отметки</translation>
    </message>
    <message>
        <source>No marks yet.</source>
        <translation>Отметок пока нет.</translation>
    </message>
    <message>
        <source>Present by the entrance</source>
        <translation>Присутствие по входу</translation>
    </message>
    <message>
        <source>Marks present the children the entrance saw inside during the class; marks already given stay</source>
        <translation>Отмечает присутствующими детей, которых вход видел внутри во время занятия; уже поставленные отметки остаются</translation>
    </message>
</context>
<context>
    <name>AttendanceSessionModel</name>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Отсутствовал</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Уваж. причина</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Опоздал</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Кто отметил</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>absences in a row: %1</source>
        <translation>пропусков подряд: %1</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>исправлено</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Record kind:</source>
        <translation>Вид записи:</translation>
    </message>
    <message>
        <source>Record number:</source>
        <translation>Номер записи:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>e.g. aigerim or cli:root</source>
        <translation>например, aigerim или cli:root</translation>
    </message>
    <message>
        <source>e.g. child, group, user</source>
        <translation>например, child, group, user</translation>
    </message>
    <message>
        <source>only from – to</source>
        <translation>только с – по</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>enrol backs up the database at every start and once a day while it runs, and checks every copy. Restoring a backup first backs up the present state, so a restore can be undone.
Folder: %1</source>
        <translation>enrol создаёт резервную копию базы данных при каждом запуске и раз в день во время работы и проверяет каждую копию. Перед восстановлением из резервной копии сохраняется текущее состояние, поэтому восстановление можно отменить.
Папка: %1</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Days of automatic backups to keep:</source>
        <translation>Сколько дней хранить автоматические копии:</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Резервная копия записана и проверена: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Replace the database with the backup made %1? Everything entered since then will be replaced; the present state is backed up first, so this can be undone.</source>
        <translation>Заменить базу данных резервной копией от %1? Всё, что введено после этого, будет заменено; текущее состояние сначала сохраняется, поэтому действие можно отменить.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Восстановлено из %1.</translation>
    </message>
    <message>
        <source>Automatic backup written and checked: %1</source>
        <translation>Автоматическая резервная копия записана и проверена: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Не удалось создать автоматическую резервную копию: %1</translation>
    </message>
</context>
<context>
    <name>ButtonBar</name>
    <message>
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Сменить мой пароль</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
</context>
<context>
    <name>ChildAttendanceView</name>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Кружок</translation>
    </message>
    <message>
        <source>Type a surname, name or IIN…</source>
        <translation>Введите фамилию, имя или ИИН…</translation>
    </message>
    <message>
        <source>attended %1 of %2 marked sessions (%3)</source>
        <translation>посещено %1 из %2 отмеченных занятий (%3)</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Edit child</source>
        <translation>Изменение данных ребёнка</translation>
    </message>
    <message>
        <source>Register a child</source>
        <translation>Регистрация ребёнка</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>ИИ&amp;Н</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Дата рождения</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <source>Sc&amp;hool</source>
        <translation>&amp;Школа</translation>
    </message>
    <message>
        <source>G&amp;rade</source>
        <translation>&amp;Класс</translation>
    </message>
    <message>
        <source>School s&amp;hift</source>
        <translation>С&amp;мена в школе</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>&amp;Район</translation>
    </message>
    <message>
        <source>Priority &amp;category</source>
        <translation>&amp;Льготная категория</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Приме&amp;чания</translation>
    </message>
    <message>
        <source>girl</source>
        <translation>девочка</translation>
    </message>
    <message>
        <source>boy</source>
        <translation>мальчик</translation>
    </message>
    <message>
        <source>first shift (morning school)</source>
        <translation>первая смена (учится утром)</translation>
    </message>
    <message>
        <source>second shift (afternoon school)</source>
        <translation>вторая смена (учится после обеда)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Guardian (legal representative)</source>
        <translation>Родитель (законный представитель)</translation>
    </message>
    <message>
        <source>Second guardian (optional)</source>
        <translation>Второй законный представитель (необязательно)</translation>
    </message>
    <message>
        <source>The guardian signed the consent to process the child&apos;s personal data today</source>
        <translation>Законный представитель сегодня подписал согласие на обработку персональных данных ребёнка</translation>
    </message>
    <message>
        <source>…and allowed photos and video of the child</source>
        <translation>…и разрешил(а) фото- и видеосъёмку ребёнка</translation>
    </message>
    <message>
        <source>A guardian with a phone is required.</source>
        <translation>Нужен законный представитель с телефоном.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>These children have the same birth date and a similar name:
%1

Register a new child anyway?</source>
        <translation>У этих детей та же дата рождения и похожее имя:
%1

Всё равно зарегистрировать нового ребёнка?</translation>
    </message>
    <message>
        <source>Already registered: %1, #%2 — &lt;a href=&quot;open&quot;&gt;open&lt;/a&gt;</source>
        <translation>Уже зарегистрирован: %1, №%2 — &lt;a href=&quot;open&quot;&gt;открыть&lt;/a&gt;</translation>
    </message>
    <message>
        <source>same IIN</source>
        <translation>тот же ИИН</translation>
    </message>
    <message>
        <source>These children may be the same child (the same IIN, or the same birth date and a similar name):
%1

Register a new child anyway?</source>
        <translation>Возможно, это тот же ребёнок (тот же ИИН или та же дата рождения и похожее имя):
%1

Всё равно зарегистрировать нового ребёнка?</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>Find a child: surname, name or IIN, in any script (Ctrl+F)</source>
        <translation>Поиск ребёнка: фамилия, имя или ИИН, кириллицей или латиницей (Ctrl+F)</translation>
    </message>
    <message>
        <source>New child…</source>
        <translation>Новый ребёнок…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Timetable card…</source>
        <translation>Расписание занятий…</translation>
    </message>
    <message>
        <source>Record a signed consent…</source>
        <translation>Зарегистрировать подписанное согласие…</translation>
    </message>
    <message>
        <source>Record a withdrawal…</source>
        <translation>Зарегистрировать отзыв согласия…</translation>
    </message>
    <message>
        <source>Print the consent form in Kazakh…</source>
        <translation>Распечатать бланк согласия на казахском…</translation>
    </message>
    <message>
        <source>Print the consent form in Russian…</source>
        <translation>Распечатать бланк согласия на русском…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Экспорт данных…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Обезличить…</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n ребёнок</numerusform>
            <numerusform>%n ребёнка</numerusform>
            <numerusform>%n детей</numerusform>
        </translation>
    </message>
    <message>
        <source>girl</source>
        <translation>девочка</translation>
    </message>
    <message>
        <source>boy</source>
        <translation>мальчик</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>%1 класс</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Отзыв согласия</translation>
    </message>
    <message>
        <source>Reason given by the legal representative:</source>
        <translation>Причина, названная законным представителем:</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Бланк согласия</translation>
    </message>
    <message>
        <source>Export the child&apos;s data</source>
        <translation>Экспорт данных ребёнка</translation>
    </message>
    <message>
        <source>Everything held about the child was written to %1</source>
        <translation>Все данные о ребёнке записаны в %1</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Обезличить</translation>
    </message>
    <message>
        <source>The child&apos;s names, IIN, notes and guardians&apos; contacts will be removed for good; attendance and enrolment counts stay. Anonymise?</source>
        <translation>ФИО, ИИН, заметки ребёнка и контакты родителей будут удалены безвозвратно; числа посещений и зачислений сохранятся. Обезличить?</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписано</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Законные представители</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Not in any group yet.</source>
        <translation>Пока не состоит ни в одной группе.</translation>
    </message>
    <message>
        <source>Registered %1</source>
        <translation>Зарегистрирован ребёнок: %1</translation>
    </message>
    <message>
        <source>Timetable card</source>
        <translation>Расписание занятий</translation>
    </message>
    <message>
        <source>Enrol…</source>
        <translation>Зачислить…</translation>
    </message>
    <message>
        <source>Enrol this child in a group (Ctrl+E)</source>
        <translation>Зачислить этого ребёнка в группу (Ctrl+E)</translation>
    </message>
    <message>
        <source>Register a new child</source>
        <translation>Зарегистрировать нового ребёнка</translation>
    </message>
    <message>
        <source>No child matches «%1».</source>
        <translation>По запросу «%1» ни один ребёнок не найден.</translation>
    </message>
    <message>
        <source>Who may collect…</source>
        <translation>Кто может забирать…</translation>
    </message>
</context>
<context>
    <name>ChildrenTableModel</name>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
</context>
<context>
    <name>ClubDialog</name>
    <message>
        <source>Edit club</source>
        <translation>Изменение кружка</translation>
    </message>
    <message>
        <source>New club</source>
        <translation>Новый кружок</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Name in Russian:</source>
        <translation>Название на русском:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>Youngest age:</source>
        <translation>Минимальный возраст:</translation>
    </message>
    <message>
        <source>Oldest age:</source>
        <translation>Максимальный возраст:</translation>
    </message>
    <message>
        <source>Funding:</source>
        <translation>Финансирование:</translation>
    </message>
    <message>
        <source>Default group size:</source>
        <translation>Размер группы по умолчанию:</translation>
    </message>
    <message>
        <source>Open for enrolment</source>
        <translation>Набор открыт</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent to process personal data</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Подписал(а):</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Степень родства:</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Дата подписи:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Действует до:</translation>
    </message>
    <message>
        <source>the form names an end date</source>
        <translation>в бланке указан срок окончания</translation>
    </message>
    <message>
        <source>Photos and video of the child are allowed</source>
        <translation>Фото- и видеосъёмка ребёнка разрешены</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a child</source>
        <translation>Зачисление ребёнка</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Ребёнок:</translation>
    </message>
    <message>
        <source>Type a surname, name or IIN…</source>
        <translation>Введите фамилию, имя или ИИН…</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Группа</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translation>&amp;Финансирование</translation>
    </message>
    <message>
        <source>&amp;Voucher number</source>
        <translation>Номер &amp;ваучера</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>&amp;Дата начала</translation>
    </message>
    <message>
        <source>as the group is funded</source>
        <translation>как у группы</translation>
    </message>
    <message>
        <source>Child: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ребёнок: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filter by club, code, teacher or day</source>
        <translation>Фильтр: кружок, код, педагог или день</translation>
    </message>
    <message>
        <source>no meetings yet</source>
        <translation>занятий пока нет</translation>
    </message>
    <message>
        <source>ages %1–%2</source>
        <translation>возраст %1–%2</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>свободно %1 из %2</translation>
    </message>
    <message>
        <source>not for the child&apos;s age: enrol only with a reason</source>
        <translation>не по возрасту ребёнка: зачислить только с указанием причины</translation>
    </message>
    <message>
        <source>meets during the child&apos;s school shift: enrol only with a reason</source>
        <translation>занятия во время школьной смены ребёнка: зачислить только с указанием причины</translation>
    </message>
</context>
<context>
    <name>Enrolling</name>
    <message>
        <source>%1 is enrolled in %2.</source>
        <translation>%1 зачислен(а) в группу %2.</translation>
    </message>
    <message>
        <source>A seat in %2 is offered to %1 and held.</source>
        <translation>Ребёнку %1 предложено и удерживается место в группе %2.</translation>
    </message>
    <message>
        <source>%1 is on the waitlist of %2 at position %3.</source>
        <translation>%1 в листе ожидания группы %2, место в очереди: %3.</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Зачисление</translation>
    </message>
    <message>
        <source>These groups of the same club have a free seat and fit the child; a click enrols there instead of waiting:</source>
        <translation>В этих группах того же кружка есть свободные места, и они подходят ребёнку; нажмите, чтобы зачислить туда вместо ожидания:</translation>
    </message>
    <message>
        <source>%1: %2 free of %3</source>
        <translation>%1: свободно %2 из %3</translation>
    </message>
    <message>
        <source>enrolled in %1 instead</source>
        <translation>вместо этого зачислен(а) в %1</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>%1 cannot be enrolled in %2:</source>
        <translation>%1 не может быть зачислен(а) в группу %2:</translation>
    </message>
    <message>
        <source>Enrol anyway, with a reason…</source>
        <translation>Всё равно зачислить, указав причину…</translation>
    </message>
    <message>
        <source>Enrol anyway</source>
        <translation>Всё равно зачислить</translation>
    </message>
    <message>
        <source>Why is %1 enrolled in %2 all the same? The reason is logged.</source>
        <translation>Почему %1 всё же зачисляется в группу %2? Причина записывается в журнал.</translation>
    </message>
</context>
<context>
    <name>EntrancePage</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>Вход/выход</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Кто забрал</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Пост</translation>
    </message>
    <message>
        <source>Scan a card (or type its 10 digits and press Enter)</source>
        <translation>Отсканируйте карту (или наберите 10 цифр и нажмите Enter)</translation>
    </message>
    <message>
        <source>Forgotten card: surname or name, in any script</source>
        <translation>Карта забыта: фамилия или имя, любым алфавитом</translation>
    </message>
    <message>
        <source>Forgotten card</source>
        <translation>Карта забыта</translation>
    </message>
    <message>
        <source>Last %1 scans</source>
        <translation>Последние %1 сканирований</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Undo the selected scan</source>
        <translation>Отменить выбранное сканирование</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>ВХОД</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>ВЫХОД</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(отменено)</translation>
    </message>
    <message>
        <source>Inside: %1 of %2</source>
        <translation>Внутри: %1 из %2</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <translation>ОТМЕНЕНО</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 лет</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>приём специалиста</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>каб. %1</translation>
    </message>
    <message>
        <source>collected by %1</source>
        <translation>забрал(а): %1</translation>
    </message>
    <message>
        <source>Ready: scan a card</source>
        <translation>Готово: отсканируйте карту</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Помещение</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Н&amp;ачало</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Окончание</translation>
    </message>
    <message>
        <source>&amp;Headcount</source>
        <translation>&amp;Численность</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>П&amp;римечания</translation>
    </message>
    <message>
        <source>Room %1 has %2 seats.</source>
        <translation>Мест в помещении %1: %2.</translation>
    </message>
    <message>
        <source>The headcount is larger than that.</source>
        <translation>Число участников больше.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Помещение</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Участников</translation>
    </message>
    <message>
        <source>Events in the hall or another room. The headcount must fit the room&apos;s seats and counts toward the building&apos;s capacity while the event lasts.</source>
        <translation>Мероприятия в актовом зале или другом помещении. Число участников не должно превышать число мест в помещении и на время мероприятия учитывается во вместимости здания.</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <source>Cancel the event…</source>
        <translation>Отменить мероприятие…</translation>
    </message>
    <message>
        <source>Show past events</source>
        <translation>Показывать прошедшие мероприятия</translation>
    </message>
    <message>
        <source>Event «%1» booked in room %2.</source>
        <translation>Мероприятие «%1» запланировано в помещении %2.</translation>
    </message>
    <message>
        <source>Cancel the event</source>
        <translation>Отмена мероприятия</translation>
    </message>
    <message>
        <source>Cancel «%1»? Its room and seats become free.</source>
        <translation>Отменить «%1»? Помещение и места освободятся.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>The first administrator</source>
        <translation>Первый администратор</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator&apos;s account; the administrator then adds the registrars, teachers and specialists.</source>
        <translation>В этой базе ещё нет пользователей. Создайте учётную запись администратора; затем администратор добавит регистраторов, педагогов и специалистов.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Полное имя:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>не менее %1 символов</translation>
    </message>
    <message>
        <source>Type a login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s full name.</source>
        <translation>Введите ФИО администратора.</translation>
    </message>
    <message>
        <source>The password is too short: %1 of at least %2 characters.</source>
        <translation>Пароль слишком короткий: %1 из минимум %2 символов.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Repeat the password.</source>
        <translation>Повторите пароль.</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>The centre has no rooms yet. Start with the rooms and their seats: clubs meet in them and the building&apos;s limit is counted from them.</source>
        <translation>В центре ещё нет помещений. Начните с помещений и числа мест в них: в них проходят занятия кружков, по ним считается предел здания.</translation>
    </message>
    <message>
        <source>Add rooms…</source>
        <translation>Добавить помещения…</translation>
    </message>
    <message>
        <source>There are no clubs yet. Add the clubs next, then their groups.</source>
        <translation>Кружков ещё нет. Добавьте кружки, затем их группы.</translation>
    </message>
    <message>
        <source>Add clubs…</source>
        <translation>Добавить кружки…</translation>
    </message>
    <message>
        <source>The clubs have no groups yet: children are enrolled into groups.</source>
        <translation>В кружках ещё нет групп: детей зачисляют в группы.</translation>
    </message>
    <message>
        <source>Add groups…</source>
        <translation>Добавить группы…</translation>
    </message>
    <message>
        <source>No group meets yet. Put the groups on the timetable: the rooms&apos; and the building&apos;s load come from it.</source>
        <translation>Ни у одной группы ещё нет занятий. Внесите группы в расписание: по нему считается загрузка помещений и здания.</translation>
    </message>
    <message>
        <source>Open the timetable…</source>
        <translation>Открыть расписание…</translation>
    </message>
    <message>
        <source>Ask an administrator to do it.</source>
        <translation>Попросите об этом администратора.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Edit group</source>
        <translation>Изменение группы</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>Club:</source>
        <translation>Кружок:</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Педагог:</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Число мест:</translation>
    </message>
    <message>
        <source>Youngest age:</source>
        <translation>Минимальный возраст:</translation>
    </message>
    <message>
        <source>Oldest age:</source>
        <translation>Максимальный возраст:</translation>
    </message>
    <message>
        <source>Teaching language:</source>
        <translation>Язык обучения:</translation>
    </message>
    <message>
        <source>Funding:</source>
        <translation>Финансирование:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Offer held until</source>
        <translation>Место держится до</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Место в очереди</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Список группы</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Предложения мест</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Лист ожидания</translation>
    </message>
    <message>
        <source>Enrol a child…</source>
        <translation>Зачислить ребёнка…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Отчислить…</translation>
    </message>
    <message>
        <source>Move to another group…</source>
        <translation>Перевести в другую группу…</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>Принять предложение</translation>
    </message>
    <message>
        <source>Decline offer…</source>
        <translation>Отклонить предложение…</translation>
    </message>
    <message>
        <source>Seats…</source>
        <translation>Число мест…</translation>
    </message>
    <message>
        <source>Print roster…</source>
        <translation>Печать списка группы…</translation>
    </message>
    <message>
        <source>Attendance sheet…</source>
        <translation>Табель посещаемости…</translation>
    </message>
    <message>
        <source>%1 — %2 free of %3</source>
        <translation>%1 — свободно %2 из %3</translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist</source>
        <translation>
            <numerusform>в листе ожидания: %n</numerusform>
            <numerusform>в листе ожидания: %n</numerusform>
            <numerusform>в листе ожидания: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a group on the left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выберите группу слева.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Roster (%1)</source>
        <translation>Список группы (%1)</translation>
    </message>
    <message>
        <source>Offers (%1)</source>
        <translation>Предложения мест (%1)</translation>
    </message>
    <message>
        <source>Waitlist (%1)</source>
        <translation>Лист ожидания (%1)</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>каб. %1</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>%1 enrolled, %2 offered, %3 free of %4</source>
        <translation>из %4: зачислено %1, предложено %2, свободно %3</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отчисление</translation>
    </message>
    <message>
        <source>Withdraw %1 from %2? Reason:</source>
        <translation>Отчислить из группы %2: %1? Причина:</translation>
    </message>
    <message>
        <source>%1 withdrawn from %2.</source>
        <translation>%1 — отчисление из группы %2 оформлено.</translation>
    </message>
    <message>
        <source>The seat went to %1 (%2); call %3.</source>
        <translation>Место передано: %1 (%2); позвоните по номеру %3.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Move %1 to group:</source>
        <translation>%1 — перевести в группу:</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 — перевод в группу %2 выполнен.</translation>
    </message>
    <message>
        <source>%1 accepted the seat in %2.</source>
        <translation>%1 — место в группе %2 принято.</translation>
    </message>
    <message>
        <source>Decline offer</source>
        <translation>Отказ от места</translation>
    </message>
    <message>
        <source>Record that %1 declines the seat in %2? The seat goes to the next child on the waitlist.</source>
        <translation>Записать отказ от места в группе %2 (%1)? Место перейдёт к следующему ребёнку из листа ожидания.</translation>
    </message>
    <message>
        <source>%1 declined the seat in %2.</source>
        <translation>%1 — отказ от места в группе %2.</translation>
    </message>
    <message>
        <source>Seats in %1:</source>
        <translation>Число мест в группе %1:</translation>
    </message>
    <message>
        <source>%1 now has %2 seats.</source>
        <translation>В группе %1 теперь мест: %2.</translation>
    </message>
    <message>
        <source>Roster %1</source>
        <translation>Список группы %1</translation>
    </message>
    <message>
        <source>Attendance %1 %2</source>
        <translation>Табель посещаемости %1 %2</translation>
    </message>
    <message>
        <source>Filter by club, code, teacher or day</source>
        <translation>Фильтр: кружок, код, педагог или день</translation>
    </message>
</context>
<context>
    <name>GuardianBox</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>add</source>
        <translation>добавить</translation>
    </message>
    <message>
        <source>update #%1: %2</source>
        <translation>обновить #%1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Import children</source>
        <translation>Импорт детей</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file with a header row</source>
        <translation>Файл .csv или .xlsx со строкой заголовков</translation>
    </message>
    <message>
        <source>The columns are those of the children&apos;s export: a blank id adds a child, the id of a registered child updates it (blank cells keep what is stored). Nothing is imported while any row is wrong.</source>
        <translation>Столбцы — как при экспорте детей: пустой id добавляет ребёнка, id уже зарегистрированного ребёнка обновляет его данные (пустые ячейки сохраняют прежние значения). Пока хотя бы одна строка содержит ошибку, ничего не импортируется.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Таблицы (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>To import (%1)</source>
        <translation>К импорту (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Ошибки (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Предупреждения (%1)</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Импортировано: добавлено %1, обновлено %2.</translation>
    </message>
    <message>
        <source>Choose a file to see what will be imported.</source>
        <translation>Выберите файл, чтобы увидеть, что будет импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported until the %n problem(s) are corrected in the file.</source>
        <translation>
            <numerusform>Ничего нельзя импортировать, пока в файле не исправлена %n ошибка.</numerusform>
            <numerusform>Ничего нельзя импортировать, пока в файле не исправлены %n ошибки.</numerusform>
            <numerusform>Ничего нельзя импортировать, пока в файле не исправлены %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: %1 to add, %2 to update, %3 already up to date.</source>
        <translation>Готово: добавить — %1, обновить — %2, без изменений — %3.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>Импорт отменён; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <source>Comparing with the registry…</source>
        <translation>Сравнение с реестром…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Preparing every group&apos;s attendance sheet…</source>
        <translation>Подготовка табелей посещаемости всех групп…</translation>
    </message>
    <message>
        <source>Attendance %1</source>
        <translation>Табель посещаемости %1</translation>
    </message>
    <message>
        <source>enrol — the centre&apos;s front desk</source>
        <translation>enrol — регистратура центра</translation>
    </message>
    <message>
        <source>&amp;Front desk</source>
        <translation>&amp;Регистратура</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;New child…</source>
        <translation>&amp;Новый ребёнок…</translation>
    </message>
    <message>
        <source>&amp;Find a child</source>
        <translation>&amp;Поиск ребёнка</translation>
    </message>
    <message>
        <source>&amp;Enrol in a group…</source>
        <translation>&amp;Зачислить в группу…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Print every group&apos;s &amp;attendance sheet…</source>
        <translation>Печать &amp;табелей посещаемости всех групп…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Сменить мой &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Move or edit a meeting</source>
        <translation>Перенос или изменение занятия</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новое занятие</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Помещение:</translation>
    </message>
    <message>
        <source>Choose a group and a room.</source>
        <translation>Выберите группу и помещение.</translation>
    </message>
    <message>
        <source>No clashes; seats and the building&apos;s capacity allow it.</source>
        <translation>Накладок нет; число мест и вместимость здания позволяют.</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <source>Attendance sheets</source>
        <translation>Табели посещаемости</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Месяц</translation>
    </message>
    <message>
        <source>Blank sheet (boxes to fill in by hand)</source>
        <translation>Пустой табель (клетки заполняются от руки)</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Кружок</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Месяц:</translation>
    </message>
    <message>
        <source>%1 sessions, %2 children; attended %3 of %4 marks (%5).</source>
        <translation>Занятий: %1, детей: %2; посещений %3 из %4 отметок (%5).</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Помещения</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Специалисты</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Enrolment &amp; rosters</source>
        <translation>Зачисление и списки</translation>
    </message>
    <message>
        <source>Clubs &amp; staff setup</source>
        <translation>Настройка кружков и штата</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Вход</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <source>Call the guardian about each offered seat before it expires; mark the notification done when you have called.</source>
        <translation>Позвоните законному представителю по каждому предложенному месту, пока не истёк срок; после звонка отметьте уведомление как выполненное.</translation>
    </message>
    <message>
        <source>Called — mark done</source>
        <translation>Позвонили — отметить выполненным</translation>
    </message>
    <message>
        <source>Show done ones too</source>
        <translation>Показывать и выполненные</translation>
    </message>
</context>
<context>
    <name>NowPage</name>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>(offered)</source>
        <translation>(место предложено)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>приём специалиста</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Кружок</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Moment:</source>
        <translation>Момент:</translation>
    </message>
    <message>
        <source>Evacuation list…</source>
        <translation>Список для эвакуации…</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>План этажей</translation>
    </message>
    <message>
        <source>Week heat map</source>
        <translation>Тепловая карта недели</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sessions that day&lt;/b&gt;</source>
        <translation>&lt;b&gt;Занятия в этот день&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notifications&lt;/b&gt;</source>
        <translation>&lt;b&gt;Уведомления&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Время суток</translation>
    </message>
    <message>
        <source>Nothing to call about.</source>
        <translation>Звонить никому не нужно.</translation>
    </message>
    <message>
        <source>Floor %1 — %2 children</source>
        <translation>%1 этаж — детей: %2</translation>
    </message>
    <message>
        <source>%1 of %2 children in the building</source>
        <translation>В здании детей: %1 из %2</translation>
    </message>
    <message>
        <source>Floor %1: %2</source>
        <translation>%1 этаж: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a room on the plan to see who is expected there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Щёлкните по помещению на плане, чтобы увидеть, кого там ожидают.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 expected of %2 seats</source>
        <translation>Ожидается: %1 (мест: %2)</translation>
    </message>
    <message>
        <source>Adult in charge: %1</source>
        <translation>Ответственный: %1</translation>
    </message>
    <message>
        <source>Event: %1 (%2 people)</source>
        <translation>Мероприятие: %1 (участников: %2)</translation>
    </message>
    <message>
        <source>The building</source>
        <translation>Всё здание</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>%1 этаж</translation>
    </message>
    <message>
        <source>Room %1 · %2</source>
        <translation>Помещение %1 · %2</translation>
    </message>
    <message>
        <source>Nobody is expected in a typical week.</source>
        <translation>В обычную неделю никого не ожидается.</translation>
    </message>
    <message>
        <source>Peak: %1 children on %2 at %3 (capacity %4)</source>
        <translation>Пик: детей — %1 (%2, %3; вместимость %4)</translation>
    </message>
    <message>
        <source>Over capacity: %1</source>
        <translation>Превышение вместимости: %1</translation>
    </message>
    <message>
        <source>Evacuation list %1</source>
        <translation>Список для эвакуации %1</translation>
    </message>
    <message>
        <source>Evacuation list of who is inside…</source>
        <translation>Список эвакуации тех, кто внутри…</translation>
    </message>
    <message>
        <source>Inside now (entrance scans): %1; not in a class: %2</source>
        <translation>Сейчас внутри (по входу): %1; не на занятии: %2</translation>
    </message>
    <message>
        <source>Evacuation list of who is inside %1</source>
        <translation>Список эвакуации тех, кто внутри, %1</translation>
    </message>
</context>
<context>
    <name>PickupDialog</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <source>Who may collect the child</source>
        <translation>Кто может забирать ребёнка</translation>
    </message>
    <message>
        <source>Goes home alone</source>
        <translation>Уходит домой сам</translation>
    </message>
    <message>
        <source>May collect the child</source>
        <translation>Могут забирать ребёнка</translation>
    </message>
    <message>
        <source>Authorise another adult</source>
        <translation>Разрешить другому взрослому</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>New card (the old one stops working)…</source>
        <translation>Новая карта (старая перестанет действовать)…</translation>
    </message>
    <message>
        <source>By age (now: %1)</source>
        <translation>По возрасту (сейчас: %1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Yes, the guardian said so</source>
        <translation>Да, так сказал законный представитель</translation>
    </message>
    <message>
        <source>No, the guardian said so</source>
        <translation>Нет, так сказал законный представитель</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>законный представитель</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>доверенное лицо</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Карта %1</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Новая карта</translation>
    </message>
    <message>
        <source>The old card will stop working and say it was replaced. Issue a new card?</source>
        <translation>Старая карта перестанет действовать и будет сообщать, что её заменили. Выдать новую карту?</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Preview — %1</source>
        <translation>Предпросмотр — %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Children of</source>
        <translation>Категория детей</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Бесплатно</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Платно</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Кружок</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Заполнено</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Отмечено</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Посетили</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>In a row</source>
        <translation>Подряд</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; children served, &lt;b&gt;%2&lt;/b&gt; of them for free (%3); %4 new, %5 returning; %6 places, %7 of them free (%8).</source>
        <translation>Охвачено детей: &lt;b&gt;%1&lt;/b&gt;, из них бесплатно &lt;b&gt;%2&lt;/b&gt; (%3); новых %4, вернувшихся %5; мест %6, из них бесплатных %7 (%8).</translation>
    </message>
    <message>
        <source>free</source>
        <translation>бесплатно</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>платно</translation>
    </message>
    <message>
        <source>children served for free</source>
        <translation>дети, охваченные бесплатно</translation>
    </message>
    <message>
        <source>free places</source>
        <translation>бесплатные места</translation>
    </message>
    <message>
        <source>Share served for free</source>
        <translation>Доля охваченных бесплатно</translation>
    </message>
    <message>
        <source>city target %1</source>
        <translation>цель города %1</translation>
    </message>
    <message>
        <source>By funding</source>
        <translation>По финансированию</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>По возрасту</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>По полу</translation>
    </message>
    <message>
        <source>By direction</source>
        <translation>По направлениям</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>По районам</translation>
    </message>
    <message>
        <source>By club</source>
        <translation>По кружкам</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никого</translation>
    </message>
    <message>
        <source>Week of %1: peak &lt;b&gt;%2&lt;/b&gt; of %3 children (%4); %5 of %6 seats in groups taken, %7 waiting.</source>
        <translation>Неделя на %1: пик &lt;b&gt;%2&lt;/b&gt; из %3 детей (%4); занято %5 из %6 мест в группах, в очереди %7.</translation>
    </message>
    <message>
        <source>Under-filled groups (less than half the seats taken)</source>
        <translation>Недозаполненные группы (занято меньше половины мест)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Groups with long waitlists</source>
        <translation>Группы с длинной очередью</translation>
    </message>
    <message>
        <source>%1 sessions recorded, attendance &lt;b&gt;%2&lt;/b&gt;; &lt;b&gt;%3&lt;/b&gt; children at risk of dropping out.</source>
        <translation>Отмечено занятий: %1, посещаемость &lt;b&gt;%2&lt;/b&gt;; под угрозой выбытия детей: &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>No attendance recorded in this period</source>
        <translation>В этом периоде посещаемость не отмечалась</translation>
    </message>
    <message>
        <source>Save as XLSX</source>
        <translation>Сохранить как XLSX</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>XLSX…</source>
        <translation>XLSX…</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Children at risk of dropping out</source>
        <translation>Дети под угрозой выбытия</translation>
    </message>
    <message>
        <source>Rates by group</source>
        <translation>Посещаемость по группам</translation>
    </message>
    <message>
        <source>Rates by club</source>
        <translation>Посещаемость по кружкам</translation>
    </message>
    <message>
        <source>Rates by teacher</source>
        <translation>Посещаемость по педагогам</translation>
    </message>
    <message>
        <source>Rates by month</source>
        <translation>Посещаемость по месяцам</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message numerus="yes">
        <source>%n child(ren) had no activity for longer than the retention period. Anonymise their data now? (Names, IIN, contacts and notes are removed; statistics stay.)</source>
        <translation>
            <numerusform>У %n ребёнка не было активности дольше срока хранения. Обезличить их данные сейчас? (ФИО, ИИН, контакты и заметки удаляются; статистика сохраняется.)</numerusform>
            <numerusform>У %n детей не было активности дольше срока хранения. Обезличить их данные сейчас? (ФИО, ИИН, контакты и заметки удаляются; статистика сохраняется.)</numerusform>
            <numerusform>У %n детей не было активности дольше срока хранения. Обезличить их данные сейчас? (ФИО, ИИН, контакты и заметки удаляются; статистика сохраняется.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Регистратор</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Entrance desk</source>
        <translation>Пост на входе</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Edit room</source>
        <translation>Изменение помещения</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Новое помещение</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Floor:</source>
        <translation>Этаж:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Число мест:</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>Floor</source>
        <translation>Этаж</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>New room…</source>
        <translation>Новое помещение…</translation>
    </message>
    <message>
        <source>Edit room…</source>
        <translation>Изменить помещение…</translation>
    </message>
    <message>
        <source>Choose a room to see its week.</source>
        <translation>Выберите помещение, чтобы увидеть его неделю.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Room %1 · %2&lt;/b&gt; — the typical week against its %3 seats.</source>
        <translation>&lt;b&gt;Помещение %1 · %2&lt;/b&gt; — обычная неделя в сравнении с числом мест (%3).</translation>
    </message>
    <message>
        <source>Busiest: %1 children on %2 at %3.</source>
        <translation>Больше всего: детей — %1 (%2, %3).</translation>
    </message>
    <message>
        <source>No group meets here.</source>
        <translation>Здесь не занимается ни одна группа.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&lt;h2&gt;The centre&apos;s settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Настройки центра&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Centre&apos;s name on documents:</source>
        <translation>Название центра в документах:</translation>
    </message>
    <message>
        <source>Building capacity (children at once):</source>
        <translation>Вместимость здания (детей одновременно):</translation>
    </message>
    <message>
        <source>First school shift:</source>
        <translation>Первая смена в школе:</translation>
    </message>
    <message>
        <source>Second school shift:</source>
        <translation>Вторая смена в школе:</translation>
    </message>
    <message>
        <source>Age counted on:</source>
        <translation>Возраст считается на дату:</translation>
    </message>
    <message>
        <source>Days a freed seat is held:</source>
        <translation>Сколько дней держать освободившееся место:</translation>
    </message>
    <message>
        <source>When a seat frees:</source>
        <translation>Когда освобождается место:</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <source>Language of the program and documents:</source>
        <translation>Язык программы и документов:</translation>
    </message>
    <message>
        <source>A child with nothing on today&apos;s timetable at the door:</source>
        <translation>Ребёнок без занятий на сегодня у входа:</translation>
    </message>
    <message>
        <source>Goes home alone from the age of:</source>
        <translation>Уходит домой сам с возраста:</translation>
    </message>
    <message>
        <source>No enrolment, booking or event may bring more children into the building at once; lowering it below the week&apos;s peak asks first and names the groups above the new limit.</source>
        <translation>Ни зачисление, ни запись, ни мероприятие не могут привести в здание больше детей одновременно; снижение ниже пика недели требует подтверждения и называет группы выше нового предела.</translation>
    </message>
    <message>
        <source>Whether the entrance lets in a child who has no class, appointment or event today, lets them in with a notice, or refuses them.</source>
        <translation>Пускает ли вход ребёнка, у которого сегодня нет занятия, приёма или мероприятия, пускает с предупреждением или не пускает.</translation>
    </message>
    <message>
        <source>A younger child leaves only with a guardian or an authorised adult, unless the guardian said otherwise on the child&apos;s page.</source>
        <translation>Младший ребёнок уходит только с законным представителем или доверенным взрослым, если представитель не сказал иначе на странице ребёнка.</translation>
    </message>
    <message>
        <source>is let in</source>
        <translation>пропускается</translation>
    </message>
    <message>
        <source>is let in with a notice</source>
        <translation>пропускается с предупреждением</translation>
    </message>
    <message>
        <source>is refused</source>
        <translation>не пропускается</translation>
    </message>
    <message>
        <source>offer it to the head of the waitlist</source>
        <translation>предложить первому в листе ожидания</translation>
    </message>
    <message>
        <source>enrol the head of the waitlist at once</source>
        <translation>сразу зачислить первого в листе ожидания</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>The building is already over the new capacity of %1 at: %2. No enrolment will add children at these moments.</source>
        <translation>Новая вместимость здания (%1) уже превышена в такие моменты: %2. Зачисления, добавляющие детей в эти моменты, проводиться не будут.</translation>
    </message>
    <message>
        <source>Building capacity</source>
        <translation>Вместимость здания</translation>
    </message>
    <message>
        <source>The building expects %1 children at the week&apos;s peak (%2), more than %3. Groups meeting above the new limit: %4. Nobody could join them until fewer children come. Set the capacity to %3 all the same?</source>
        <translation>В пик недели (%2) в здании ожидается детей: %1, больше чем %3. Группы, занимающиеся сверх нового предела: %4. Пока детей не станет меньше, в них никто не сможет записаться. Всё равно установить вместимость %3?</translation>
    </message>
    <message>
        <source>Absences before the registrar is told:</source>
        <translation>Пропусков до сообщения регистратору:</translation>
    </message>
    <message>
        <source>A child without a signed consent:</source>
        <translation>Ребёнок без подписанного согласия:</translation>
    </message>
    <message>
        <source>Keep a child&apos;s data for (years):</source>
        <translation>Хранить данные ребёнка (лет):</translation>
    </message>
    <message>
        <source>Automatic backups kept:</source>
        <translation>Хранить автоматических резервных копий:</translation>
    </message>
    <message>
        <source>Printed at the top of rosters, attendance sheets, cards and reports.</source>
        <translation>Печатается в заголовке списков групп, табелей, карточек и отчётов.</translation>
    </message>
    <message>
        <source>A first-shift child is not enrolled, without a reason, in a group meeting on a school day in these hours.</source>
        <translation>Ребёнка первой смены без указания причины не зачисляют в группу, занимающуюся в эти часы в школьный день.</translation>
    </message>
    <message>
        <source>The same for second-shift children.</source>
        <translation>То же для детей второй смены.</translation>
    </message>
    <message>
        <source>A child&apos;s age for a group&apos;s age range is counted on this day of the academic year.</source>
        <translation>Возраст ребёнка для возрастных рамок группы считается на этот день учебного года.</translation>
    </message>
    <message>
        <source>How long a freed seat is held for the child it is offered to before the next one on the waitlist gets it.</source>
        <translation>Сколько дней освободившееся место держится за ребёнком, которому оно предложено, прежде чем перейти к следующему в очереди.</translation>
    </message>
    <message>
        <source>Whether the guardian is asked first, or the child is enrolled straight away.</source>
        <translation>Сначала спрашивают законного представителя или ребёнка зачисляют сразу.</translation>
    </message>
    <message>
        <source>New groups belong to this year; enrolments start within it.</source>
        <translation>Новые группы относятся к этому году; зачисления начинаются в его пределах.</translation>
    </message>
    <message>
        <source>The language the program opens in and documents are printed in.</source>
        <translation>Язык, на котором открывается программа и печатаются документы.</translation>
    </message>
    <message>
        <source>After this many unexcused absences in a row the child is listed for a call to the guardian.</source>
        <translation>После стольких пропусков подряд без уважительной причины ребёнок попадает в список для звонка законному представителю.</translation>
    </message>
    <message>
        <source>While paper consents are being entered a child without one is enrolled and flagged; once they are in, refuse such enrolments.</source>
        <translation>Пока вносятся бумажные согласия, ребёнка без согласия зачисляют с отметкой; когда они внесены, такие зачисления отклоняйте.</translation>
    </message>
    <message>
        <source>Years after a child&apos;s last activity before an administrator is asked to anonymise their data.</source>
        <translation>Сколько лет после последней активности ребёнка администратору предложат обезличить его данные.</translation>
    </message>
    <message>
        <source>How many of the automatic backups made at start and daily are kept; older ones are deleted.</source>
        <translation>Сколько автоматических копий, создаваемых при запуске и ежедневно, хранится; более старые удаляются.</translation>
    </message>
    <message>
        <source>is enrolled and flagged (while paper consents are entered)</source>
        <translation>зачисляется с отметкой (пока вносятся бумажные согласия)</translation>
    </message>
    <message>
        <source>is not enrolled</source>
        <translation>не зачисляется</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to enrol</source>
        <translation>Вход в enrol</translation>
    </message>
    <message>
        <source>enrol — the centre&apos;s front desk</source>
        <translation>enrol — регистратура центра</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>SmokeCheck</name>
    <message>
        <source>Set ENROL_PASSWORD to the password of %1</source>
        <translation>Укажите в ENROL_PASSWORD пароль пользователя %1</translation>
    </message>
    <message>
        <source>%1: «%2» is cut off (it needs %3 px, it has %4 px) [%5]</source>
        <translation>%1: «%2» обрезано (нужно %3 пкс, есть %4 пкс) [%5]</translation>
    </message>
    <message>
        <source>%1: the window needs at least %2, the screen gives %3</source>
        <translation>%1: окну нужно не меньше %2, на экране есть %3</translation>
    </message>
    <message>
        <source>%1: the dialog needs at least %2, the screen gives %3</source>
        <translation>%1: диалогу нужно не меньше %2, на экране есть %3</translation>
    </message>
    <message>
        <source>%1: the dialog opens at %2, larger than the screen&apos;s %3</source>
        <translation>%1: диалог открывается размером %2, больше экрана (%3)</translation>
    </message>
    <message>
        <source>An unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <source>%1 problem(s); %2 page(s) and %3 dialog(s) checked at %4.</source>
        <translation>Проблем: %1; проверено при размере %4: страниц — %2, диалогов — %3.</translation>
    </message>
</context>
<context>
    <name>SpecialistsPage</name>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>To</source>
        <translation>К кому</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Кто направил</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Предыдущая неделя</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Текущая неделя</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Следующая неделя ▶</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Записать…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Отменить…</translation>
    </message>
    <message>
        <source>My notes…</source>
        <translation>Мои заметки…</translation>
    </message>
    <message>
        <source>Refer a child…</source>
        <translation>Направить ребёнка…</translation>
    </message>
    <message>
        <source>Book for this referral…</source>
        <translation>Записать по этому направлению…</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>Закрыть направление</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Referrals (%1)</source>
        <translation>Направления (%1)</translation>
    </message>
    <message>
        <source>Double-click a free time to book it; click an appointment to change it.</source>
        <translation>Дважды щёлкните по свободному времени, чтобы записать; щёлкните по приёму, чтобы изменить его.</translation>
    </message>
    <message>
        <source>Booked:</source>
        <translation>Записано:</translation>
    </message>
    <message>
        <source>Not booked:</source>
        <translation>Не записано:</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Приёмы</translation>
    </message>
    <message>
        <source>Appointments cancelled: %1.</source>
        <translation>Отменено приёмов: %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена приёма</translation>
    </message>
    <message>
        <source>Cancel the appointment of %1 at %2?</source>
        <translation>Отменить приём %2 (%1)?</translation>
    </message>
    <message>
        <source>Appointments booked: %1.</source>
        <translation>Записано приёмов: %1.</translation>
    </message>
    <message>
        <source>This one</source>
        <translation>Только этот</translation>
    </message>
    <message>
        <source>This and the later ones</source>
        <translation>Этот и последующие</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Перенесено на %1.</translation>
    </message>
    <message>
        <source>The note is saved; only you can read it.</source>
        <translation>Заметка сохранена; прочитать её можете только вы.</translation>
    </message>
    <message>
        <source>The referral is recorded.</source>
        <translation>Направление записано.</translation>
    </message>
    <message>
        <source>The referral is closed.</source>
        <translation>Направление закрыто.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>Изменение данных сотрудника</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Специальность:</translation>
    </message>
    <message>
        <source>Cabinet:</source>
        <translation>Кабинет:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Works at the centre</source>
        <translation>Работает в центре</translation>
    </message>
</context>
<context>
    <name>StillInsidePanel</name>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Inside since</source>
        <translation>Внутри с</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Still inside after the last class</source>
        <translation>Всё ещё внутри после последнего занятия</translation>
    </message>
    <message>
        <source>These children were not scanned out: call the guardians.</source>
        <translation>У этих детей не отмечен выход: позвоните законным представителям.</translation>
    </message>
    <message>
        <source>Close the day…</source>
        <translation>Закрыть день…</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Закрыть день</translation>
    </message>
    <message>
        <source>Every child still inside is recorded as out. Reason:</source>
        <translation>Всем, кто ещё внутри, будет отмечен выход. Причина:</translation>
    </message>
</context>
<context>
    <name>StorageProblemDialog</name>
    <message>
        <source>Storage problem</source>
        <translation>Проблема с хранением данных</translation>
    </message>
    <message>
        <source>The latest good backup was made %1 (%2). Restoring it replaces the database with it; the present file is kept beside it first, so nothing is deleted.</source>
        <translation>Последняя исправная резервная копия создана %1 (%2). При восстановлении база данных заменяется этой копией; текущий файл сначала сохраняется рядом, поэтому ничего не удаляется.</translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation>Восстановить последнюю копию</translation>
    </message>
    <message>
        <source>There is no backup to restore from. Ask IT to check the file.</source>
        <translation>Нет резервной копии для восстановления. Попросите IT-отдел проверить файл.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Открыть другой файл…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Открыть другой файл базы данных</translation>
    </message>
    <message>
        <source>enrol databases (*.sqlite *.sqlite3 *.db)</source>
        <translation>Базы данных enrol (*.sqlite *.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Room</source>
        <translation>Помещение</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Новое занятие…</translation>
    </message>
    <message>
        <source>Move or edit…</source>
        <translation>Перенести или изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n занятие</numerusform>
            <numerusform>%n занятия</numerusform>
            <numerusform>%n занятий</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h a week</source>
        <translation>%1 ч в неделю</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Удаление занятия</translation>
    </message>
    <message>
        <source>Remove the meeting of %1 on %2 %3–%4 in room %5?</source>
        <translation>Удалить занятие группы %1 (%2 %3–%4, каб. %5)?</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Полное имя:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>Сотрудник:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>не менее %1 символов</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>заблокирован до %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Новый пользователь…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Задать пароль…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Сменить мой пароль…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Включить снова</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Задать пароль</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Новый пароль для %1:</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Deactivate?</source>
        <translation>%1 больше не сможет войти. Отключить?</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong and the action was not completed. Please send the log file %1 to IT.</source>
        <translation>Что-то пошло не так, действие не выполнено. Пожалуйста, отправьте файл журнала %1 в IT-отдел.</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <source>seat offered — expires soon</source>
        <translation>место предложено — срок скоро истекает</translation>
    </message>
    <message>
        <source>seat offered</source>
        <translation>место предложено</translation>
    </message>
    <message>
        <source>enrolled from the waitlist</source>
        <translation>зачислен из листа ожидания</translation>
    </message>
    <message>
        <source>offer expired</source>
        <translation>срок предложения истёк</translation>
    </message>
    <message>
        <source>absent several times in a row</source>
        <translation>несколько пропусков подряд</translation>
    </message>
    <message>
        <source>A seat in %1 is offered to %2: call %3 (%4) to accept or decline it by %5.</source>
        <translation>Ребёнку %2 предложено место в группе %1: позвоните %3 (%4), чтобы принять или отказаться до %5.</translation>
    </message>
    <message>
        <source>%2 got a seat in %1 from the waitlist: call %3 (%4) to say when to come.</source>
        <translation>%2 получил(а) место в группе %1 из листа ожидания: позвоните %3 (%4) и скажите, когда приходить.</translation>
    </message>
    <message>
        <source>The seat in %1 offered to %2 was not answered in time: call %3 (%4) to tell them.</source>
        <translation>На место в группе %1, предложенное ребёнку %2, вовремя не ответили: позвоните %3 (%4) и сообщите об этом.</translation>
    </message>
    <message>
        <source>%2 missed %1 several times in a row: call %3 (%4) to ask why.</source>
        <translation>%2 несколько раз подряд пропустил(а) занятия группы %1: позвоните %3 (%4) и узнайте причину.</translation>
    </message>
    <message>
        <source>%2, %1: call %3 (%4).</source>
        <translation>%2, %1: позвоните %3 (%4).</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>Проблема с хранением данных</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>waitlisted, position %1</source>
        <translation>в листе ожидания, место в очереди: %1</translation>
    </message>
    <message>
        <source>offered a seat until %1</source>
        <translation>место предложено до %1</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>зачислен</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>в листе ожидания</translation>
    </message>
    <message>
        <source>offered a seat</source>
        <translation>место предложено</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отчислен</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>окончил обучение</translation>
    </message>
    <message>
        <source>declined the offer</source>
        <translation>отказался от места</translation>
    </message>
    <message>
        <source>offer expired</source>
        <translation>срок предложения истёк</translation>
    </message>
</context>
</TS>
