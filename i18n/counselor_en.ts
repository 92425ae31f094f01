<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AbandonDialog</name>
        <message>
            <source>Abandon the meeting</source>
            <translation>Abandon the meeting</translation>
        </message>
        <message>
            <source>The meeting is kept with the reason, but none of its decisions reaches the watch list; the grade may then hold another meeting this month.</source>
            <translation>The meeting is kept with the reason, but none of its decisions reaches the watch list; the grade may then hold another meeting this month.</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>e.g. postponed: the grade's exams</source>
            <translation>e.g. postponed: the grade's exams</translation>
        </message>
        <message>
            <source>Give the reason why the meeting is abandoned.</source>
            <translation>Give the reason why the meeting is abandoned.</translation>
        </message>
    </context>
    <context>
        <name>AccessReport</name>
        <message>
            <source>Student record access report</source>
            <translation>Student record access report</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>{since} to {until}</source>
            <translation>{since} to {until}</translation>
        </message>
        <message>
            <source>Made by</source>
            <translation>Made by</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>Made at</translation>
        </message>
        <message>
            <source>This report lists what the office's audit trail recorded about this student in the period: every view, change, print and export of the student's records, and every refused attempt, with who did it and when. The audit trail is append-only and hash-chained; the numbers in the first column are its entry numbers, which the audit trail page shows as well.</source>
            <translation>This report lists what the office's audit trail recorded about this student in the period: every view, change, print and export of the student's records, and every refused attempt, with who did it and when. The audit trail is append-only and hash-chained; the numbers in the first column are its entry numbers, which the audit trail page shows as well.</translation>
        </message>
        <message>
            <source>1. Actions on this student's records ({count})</source>
            <translation>1. Actions on this student's records ({count})</translation>
        </message>
        <message>
            <source>Nothing was recorded about this student in the period.</source>
            <translation>Nothing was recorded about this student in the period.</translation>
        </message>
        <message>
            <source>Only the newest {count} entries are listed; choose a shorter period for the others.</source>
            <translation>Only the newest {count} entries are listed; choose a shorter period for the others.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>2. Lists and exports of the whole register</source>
            <translation>2. Lists and exports of the whole register</translation>
        </message>
        <message>
            <source>These actions showed or wrote many students at once (the student list, roster exports and imports, the year rollover); this student's register entry may have been among them. They are counted per person.</source>
            <translation>These actions showed or wrote many students at once (the student list, roster exports and imports, the year rollover); this student's register entry may have been among them. They are counted per person.</translation>
        </message>
        <message>
            <source>None in the period.</source>
            <translation>None in the period.</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Times</translation>
        </message>
        <message>
            <source>First</source>
            <translation>First</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>Last</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Checked by</translation>
        </message>
    </context>
    <context>
        <name>AddStudentDialog</name>
        <message>
            <source>Add a student to the agenda</source>
            <translation>Add a student to the agenda</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>Student:</translation>
        </message>
        <message>
            <source>Only students of {grade} can be discussed at this meeting. A student added by hand stays on the agenda when it is refreshed.</source>
            <translation>Only students of {grade} can be discussed at this meeting. A student added by hand stays on the agenda when it is refreshed.</translation>
        </message>
        <message>
            <source>Choose the student: type the number or the name, then press Enter.</source>
            <translation>Choose the student: type the number or the name, then press Enter.</translation>
        </message>
    </context>
    <context>
        <name>AddendumDialog</name>
        <message>
            <source>Add a note</source>
            <translation>Add a note</translation>
        </message>
        <message>
            <source>To the follow-up of {day} ({how}, {author}):</source>
            <translation>To the follow-up of {day} ({how}, {author}):</translation>
        </message>
        <message>
            <source>To the parent contact of {day} ({person}, {author}):</source>
            <translation>To the parent contact of {day} ({person}, {author}):</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>The correction or addition</source>
            <translation>The correction or addition</translation>
        </message>
        <message>
            <source>The note is dated today and signed with your name.</source>
            <translation>The note is dated today and signed with your name.</translation>
        </message>
        <message>
            <source>Add an addendum</source>
            <translation>Add an addendum</translation>
        </message>
        <message>
            <source>Addendum:</source>
            <translation>Addendum:</translation>
        </message>
        <message>
            <source>The minutes stay as they were finalized; the addendum is dated today, signed with your name and printed with them.</source>
            <translation>The minutes stay as they were finalized; the addendum is dated today, signed with your name and printed with them.</translation>
        </message>
        <message>
            <source>Write the correction or addition.</source>
            <translation>Write the correction or addition.</translation>
        </message>
    </context>
    <context>
        <name>AgendaTab</name>
        <message>
            <source>Student no.</source>
            <translation>Student no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Why on the agenda</source>
            <translation>Why on the agenda</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Last follow-up</source>
            <translation>Last follow-up</translation>
        </message>
        <message>
            <source>Measures due</source>
            <translation>Measures due</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(none yet)</translation>
        </message>
        <message>
            <source>Decision…</source>
            <translation>Decision…</translation>
        </message>
        <message>
            <source>Clear the decision</source>
            <translation>Clear the decision</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Add a student…</source>
            <translation>Add a student…</translation>
        </message>
        <message>
            <source>{count}, first by {day}</source>
            <translation>{count}, first by {day}</translation>
        </message>
        <message>
            <source>{type} · {owner} · by {day}</source>
            <translation>{type} · {owner} · by {day}</translation>
        </message>
        <message>
            <source>Nobody is on the agenda yet. Add a student of the grade, or refresh the agenda from the watch list.</source>
            <translation>Nobody is on the agenda yet. Add a student of the grade, or refresh the agenda from the watch list.</translation>
        </message>
        <message>
            <source>Nobody was on the agenda.</source>
            <translation>Nobody was on the agenda.</translation>
        </message>
        <message>
            <source>{count} students, {decided} with a decision.</source>
            <translation>{count} students, {decided} with a decision.</translation>
        </message>
        <message>
            <source>Until the meeting starts, 'Refresh the agenda' builds it again from the watch list; students added by hand and decisions stay.</source>
            <translation>Until the meeting starts, 'Refresh the agenda' builds it again from the watch list; students added by hand and decisions stay.</translation>
        </message>
        <message>
            <source>Drag a row (or use Move up / Move down) to change the order.</source>
            <translation>Drag a row (or use Move up / Move down) to change the order.</translation>
        </message>
    </context>
    <context>
        <name>AnswersDialog</name>
        <message>
            <source>Answers: {name}</source>
            <translation>Answers: {name}</translation>
        </message>
        <message>
            <source>This sheet hit key item {items}. Say why you open its answers; the reason is recorded with your name.</source>
            <translation>This sheet hit key item {items}. Say why you open its answers; the reason is recorded with your name.</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>e.g. preparing the interview with the student</source>
            <translation>e.g. preparing the interview with the student</translation>
        </message>
        <message>
            <source>Show answers</source>
            <translation>Show answers</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Say why you open the answers of this sheet.</source>
            <translation>Say why you open the answers of this sheet.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Counseling Office Desk</source>
            <translation>Counseling Office Desk</translation>
        </message>
    </context>
    <context>
        <name>AppointmentConflict</name>
        <message>
            <source>The counselor already has an appointment from {start} to {end} on {day}.</source>
            <translation>The counselor already has an appointment from {start} to {end} on {day}.</translation>
        </message>
        <message>
            <source>The room is already booked from {start} to {end} on {day}.</source>
            <translation>The room is already booked from {start} to {end} on {day}.</translation>
        </message>
        <message>
            <source>A student of this appointment already has one from {start} to {end} on {day}.</source>
            <translation>A student of this appointment already has one from {start} to {end} on {day}.</translation>
        </message>
        <message>
            <source>The time is outside the counselor's available hours on this day.</source>
            <translation>The time is outside the counselor's available hours on this day.</translation>
        </message>
        <message>
            <source>This time is blocked ({reason}).</source>
            <translation>This time is blocked ({reason}).</translation>
        </message>
        <message>
            <source>{day} is not a school day (holiday, weekend or vacation).</source>
            <translation>{day} is not a school day (holiday, weekend or vacation).</translation>
        </message>
        <message>
            <source>The time falls in a class period ({start}–{end}): the student misses class.</source>
            <translation>The time falls in a class period ({start}–{end}): the student misses class.</translation>
        </message>
        <message>
            <source>The room holds {capacity} people; this appointment has {count}.</source>
            <translation>The room holds {capacity} people; this appointment has {count}.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <source>Appointment</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>When:</translation>
        </message>
        <message>
            <source>Students:</source>
            <translation>Students:</translation>
        </message>
        <message>
            <source>Kind and place:</source>
            <translation>Kind and place:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>State:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <source>Session held</source>
            <translation>Session held</translation>
        </message>
        <message>
            <source>Did not come</source>
            <translation>Did not come</translation>
        </message>
        <message>
            <source>Student cancels</source>
            <translation>Student cancels</translation>
        </message>
        <message>
            <source>Counselor cancels</source>
            <translation>Counselor cancels</translation>
        </message>
        <message>
            <source>Part of a series; cancel or move:</source>
            <translation>Part of a series; cancel or move:</translation>
        </message>
        <message>
            <source>Why the miss is excused (sick leave, exam …)</source>
            <translation>Why the miss is excused (sick leave, exam …)</translation>
        </message>
        <message>
            <source>Excuse the miss</source>
            <translation>Excuse the miss</translation>
        </message>
        <message>
            <source>Move here</source>
            <translation>Move here</translation>
        </message>
        <message>
            <source>Move to:</source>
            <translation>Move to:</translation>
        </message>
        <message>
            <source>Session record…</source>
            <translation>Session record…</translation>
        </message>
        <message>
            <source>Print the slip…</source>
            <translation>Print the slip…</translation>
        </message>
        <message>
            <source>For the student or the head teacher: name, time and place, no reason.</source>
            <translation>For the student or the head teacher: name, time and place, no reason.</translation>
        </message>
        <message>
            <source>Consent form…</source>
            <translation>Consent form…</translation>
        </message>
        <message>
            <source> (excused)</source>
            <translation> (excused)</translation>
        </message>
        <message>
            <source>Open the session record…</source>
            <translation>Open the session record…</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>booked</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>moved</translation>
        </message>
        <message>
            <source>state</source>
            <translation>state</translation>
        </message>
        <message>
            <source>excused</source>
            <translation>excused</translation>
        </message>
        <message>
            <source>Cancel sessions of the series</source>
            <translation>Cancel sessions of the series</translation>
        </message>
        <message>
            <source>Cancel {scope} of this series?</source>
            <translation>Cancel {scope} of this series?</translation>
        </message>
        <message>
            <source>Cancel the appointment</source>
            <translation>Cancel the appointment</translation>
        </message>
        <message>
            <source>Cancel this appointment? Its time is offered to the waiting list.</source>
            <translation>Cancel this appointment? Its time is offered to the waiting list.</translation>
        </message>
        <message>
            <source>Back to the waiting list</source>
            <translation>Back to the waiting list</translation>
        </message>
        <message>
            <source>This was the student's third unexcused miss: the coming appointments with this counselor are cancelled and the student is back on the waiting list.</source>
            <translation>This was the student's third unexcused miss: the coming appointments with this counselor are cancelled and the student is back on the waiting list.</translation>
        </message>
        <message>
            <source>Move {scope} of this series {days} day(s) later, to {start}? Every session moves, or none does.</source>
            <translation>Move {scope} of this series {days} day(s) later, to {start}? Every session moves, or none does.</translation>
        </message>
        <message>
            <source>Move {scope} of this series {days} day(s) earlier, to {start}? Every session moves, or none does.</source>
            <translation>Move {scope} of this series {days} day(s) earlier, to {start}? Every session moves, or none does.</translation>
        </message>
        <message>
            <source>Move {scope} of this series to {start}, same day? Every session moves, or none does.</source>
            <translation>Move {scope} of this series to {start}, same day? Every session moves, or none does.</translation>
        </message>
        <message>
            <source>Move sessions of the series</source>
            <translation>Move sessions of the series</translation>
        </message>
        <message>
            <source>Appointment slip</source>
            <translation>Appointment slip</translation>
        </message>
        <message>
            <source>appointment-slip-{day}</source>
            <translation>appointment-slip-{day}</translation>
        </message>
        <message>
            <source>Consent form</source>
            <translation>Consent form</translation>
        </message>
        <message>
            <source>consent-form</source>
            <translation>consent-form</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDocs</name>
        <message>
            <source>Counseling appointment slip</source>
            <translation>Counseling appointment slip</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>Counselor</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Please come on time. If you cannot come, tell the counseling office at least {hours} hours before; coming more than {minutes} minutes late counts as a missed appointment.</source>
            <translation>Please come on time. If you cannot come, tell the counseling office at least {hours} hours before; coming more than {minutes} minutes late counts as a missed appointment.</translation>
        </message>
        <message>
            <source>For the head teacher: please let the student leave for this time. The content of counseling is confidential.</source>
            <translation>For the head teacher: please let the student leave for this time. The content of counseling is confidential.</translation>
        </message>
        <message>
            <source>Office copy</source>
            <translation>Office copy</translation>
        </message>
        <message>
            <source>Week schedule of appointments</source>
            <translation>Week schedule of appointments</translation>
        </message>
        <message>
            <source>{counselor} · {start} to {end}</source>
            <translation>{counselor} · {start} to {end}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Students</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>No appointment this week.</source>
            <translation>No appointment this week.</translation>
        </message>
        <message>
            <source>Informed consent to psychological counseling</source>
            <translation>Informed consent to psychological counseling</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Guardian</translation>
        </message>
        <message>
            <source>The school's counseling office offers {student} psychological counseling. Please read the following and sign to agree.</source>
            <translation>The school's counseling office offers {student} psychological counseling. Please read the following and sign to agree.</translation>
        </message>
        <message>
            <source>A session lasts about {minutes} minutes, usually once a week; at most {cap} sessions a semester.</source>
            <translation>A session lasts about {minutes} minutes, usually once a week; at most {cap} sessions a semester.</translation>
        </message>
        <message>
            <source>Cancel at least {hours} hours ahead. Coming more than {late} minutes late counts as a missed session; after {misses} missed sessions without an excuse the student goes back to the waiting list.</source>
            <translation>Cancel at least {hours} hours ahead. Coming more than {late} minutes late counts as a missed session; after {misses} missed sessions without an excuse the student goes back to the waiting list.</translation>
        </message>
        <message>
            <source>What is said in counseling is confidential. Exceptions: a serious danger to the student or to others, a duty under the law, and supervision of the counselor without names.</source>
            <translation>What is said in counseling is confidential. Exceptions: a serious danger to the student or to others, a duty under the law, and supervision of the counselor without names.</translation>
        </message>
        <message>
            <source>The counselor keeps a confidential record of each session, open only to the counselor and the head of the counseling office.</source>
            <translation>The counselor keeps a confidential record of each session, open only to the counselor and the head of the counseling office.</translation>
        </message>
        <message>
            <source>The student may end counseling at any time.</source>
            <translation>The student may end counseling at any time.</translation>
        </message>
        <message>
            <source>The student is under 14: a guardian's consent is required.</source>
            <translation>The student is under 14: a guardian's consent is required.</translation>
        </message>
        <message>
            <source>I have read the above and agree.</source>
            <translation>I have read the above and agree.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentKind</name>
        <message>
            <source>individual</source>
            <translation>individual</translation>
        </message>
        <message>
            <source>group</source>
            <translation>group</translation>
        </message>
        <message>
            <source>parent meeting</source>
            <translation>parent meeting</translation>
        </message>
        <message>
            <source>crisis</source>
            <translation>crisis</translation>
        </message>
    </context>
    <context>
        <name>AppointmentMode</name>
        <message>
            <source>in the room</source>
            <translation>in the room</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
    </context>
    <context>
        <name>AppointmentReferral</name>
        <message>
            <source>asked for help</source>
            <translation>asked for help</translation>
        </message>
        <message>
            <source>referred by the head teacher</source>
            <translation>referred by the head teacher</translation>
        </message>
        <message>
            <source>parents' request</source>
            <translation>parents' request</translation>
        </message>
        <message>
            <source>noticed by staff</source>
            <translation>noticed by staff</translation>
        </message>
        <message>
            <source>screening</source>
            <translation>screening</translation>
        </message>
        <message>
            <source>review meeting</source>
            <translation>review meeting</translation>
        </message>
    </context>
    <context>
        <name>AppointmentRules</name>
        <message>
            <source>The length of a session (minutes)</source>
            <translation>The length of a session (minutes)</translation>
        </message>
        <message>
            <source>Cancel at least this many hours ahead</source>
            <translation>Cancel at least this many hours ahead</translation>
        </message>
        <message>
            <source>Minutes late that count as missed</source>
            <translation>Minutes late that count as missed</translation>
        </message>
        <message>
            <source>Sessions per student per semester (0: no limit)</source>
            <translation>Sessions per student per semester (0: no limit)</translation>
        </message>
        <message>
            <source>Unexcused misses that send a student back to the waiting list (0: never)</source>
            <translation>Unexcused misses that send a student back to the waiting list (0: never)</translation>
        </message>
        <message>
            <source>Hours a freed slot stays offered</source>
            <translation>Hours a freed slot stays offered</translation>
        </message>
    </context>
    <context>
        <name>AppointmentState</name>
        <message>
            <source>booked</source>
            <translation>booked</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <source>arrived</source>
            <translation>arrived</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>completed</translation>
        </message>
        <message>
            <source>did not come</source>
            <translation>did not come</translation>
        </message>
        <message>
            <source>cancelled by the student</source>
            <translation>cancelled by the student</translation>
        </message>
        <message>
            <source>cancelled by the counselor</source>
            <translation>cancelled by the counselor</translation>
        </message>
        <message>
            <source>cancelled late</source>
            <translation>cancelled late</translation>
        </message>
    </context>
    <context>
        <name>AppointmentWaitlist</name>
        <message>
            <source>Back on the waiting list after {count} unexcused misses.</source>
            <translation>Back on the waiting list after {count} unexcused misses.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentWords</name>
        <message>
            <source>{names} and {more} more</source>
            <translation>{names} and {more} more</translation>
        </message>
        <message>
            <source>{day} {weekday} {start}–{end} {who} · {kind} · {place} · {state}</source>
            <translation>{day} {weekday} {start}–{end} {who} · {kind} · {place} · {state}</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sun</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsPage</name>
        <message>
            <source>not on the watch list</source>
            <translation>not on the watch list</translation>
        </message>
        <message>
            <source>The week before</source>
            <translation>The week before</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>The week after</source>
            <translation>The week after</translation>
        </message>
        <message>
            <source>Book…</source>
            <translation>Book…</translation>
        </message>
        <message>
            <source>Print the week…</source>
            <translation>Print the week…</translation>
        </message>
        <message>
            <source>Set-up…</source>
            <translation>Set-up…</translation>
        </message>
        <message>
            <source>Rooms, available hours and the office's rules</source>
            <translation>Rooms, available hours and the office's rules</translation>
        </message>
        <message>
            <source>Double-click a free half hour to book it, an appointment to open it; drag an appointment to another time to move it.</source>
            <translation>Double-click a free half hour to book it, an appointment to open it; drag an appointment to another time to move it.</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Offered slot taken: book it</source>
            <translation>Offered slot taken: book it</translation>
        </message>
        <message>
            <source>Offered slot declined</source>
            <translation>Offered slot declined</translation>
        </message>
        <message>
            <source>The student does not take the offered time: the request waits again and the time is offered to the next fitting request</source>
            <translation>The student does not take the offered time: the request waits again and the time is offered to the next fitting request</translation>
        </message>
        <message>
            <source>Withdraw the request</source>
            <translation>Withdraw the request</translation>
        </message>
        <message>
            <source>Put on the waiting list…</source>
            <translation>Put on the waiting list…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <source>The whole request (a double-click on it does the same)</source>
            <translation>The whole request (a double-click on it does the same)</translation>
        </message>
        <message>
            <source>Book for this request…</source>
            <translation>Book for this request…</translation>
        </message>
        <message>
            <source>Book the chosen request at a time the office chooses: the request leaves the waiting list as booked</source>
            <translation>Book the chosen request at a time the office chooses: the request leaves the waiting list as booked</translation>
        </message>
        <message>
            <source>Waiting list</source>
            <translation>Waiting list</translation>
        </message>
        <message>
            <source>Records to write</source>
            <translation>Records to write</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>Caseload</translation>
        </message>
        <message>
            <source>Room: {name}</source>
            <translation>Room: {name}</translation>
        </message>
        <message>
            <source>No counselor account yet: the office head adds counselors under Users.</source>
            <translation>No counselor account yet: the office head adds counselors under Users.</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>{n} appointment(s) this week</source>
            <translation>{n} appointment(s) this week</translation>
        </message>
        <message>
            <source>URGENT (watch list): </source>
            <translation>URGENT (watch list): </translation>
        </message>
        <message>
            <source>offered {day} {start}–{end}</source>
            <translation>offered {day} {start}–{end}</translation>
        </message>
        <message>
            <source>prefers {times}</source>
            <translation>prefers {times}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>Waiting list ({n})</source>
            <translation>Waiting list ({n})</translation>
        </message>
        <message>
            <source>Records to write ({n})</source>
            <translation>Records to write ({n})</translation>
        </message>
        <message>
            <source>{no} {name} · {level} · last {last} · next {next} · {n} this semester</source>
            <translation>{no} {name} · {level} · last {last} · next {next} · {n} this semester</translation>
        </message>
        <message>
            <source>Week schedule</source>
            <translation>Week schedule</translation>
        </message>
        <message>
            <source>week-{day}</source>
            <translation>week-{day}</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsSection</name>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>Counselor</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Open the appointment</source>
            <translation>Open the appointment</translation>
        </message>
        <message>
            <source>Book…</source>
            <translation>Book…</translation>
        </message>
        <message>
            <source>{n} appointment(s)</source>
            <translation>{n} appointment(s)</translation>
        </message>
        <message>
            <source>{n} session(s) this semester</source>
            <translation>{n} session(s) this semester</translation>
        </message>
    </context>
    <context>
        <name>ApproveDialog</name>
        <message>
            <source>Approve L {number}</source>
            <translation>Approve L {number}</translation>
        </message>
        <message>
            <source>School approved on:</source>
            <translation>School approved on:</translation>
        </message>
        <message>
            <source>Approved by:</source>
            <translation>Approved by:</translation>
        </message>
        <message>
            <source>The education bureau approved it</source>
            <translation>The education bureau approved it</translation>
        </message>
        <message>
            <source>Bureau approved on:</source>
            <translation>Bureau approved on:</translation>
        </message>
        <message>
            <source>Bureau document number:</source>
            <translation>Bureau document number:</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>Attendance at the meeting</source>
            <translation>Attendance at the meeting</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Reason of the absence</source>
            <translation>Reason of the absence</translation>
        </message>
        <message>
            <source>Everyone present</source>
            <translation>Everyone present</translation>
        </message>
        <message>
            <source>Take off the list</source>
            <translation>Take off the list</translation>
        </message>
        <message>
            <source>Add from the staff</source>
            <translation>Add from the staff</translation>
        </message>
        <message>
            <source>Staff member:</source>
            <translation>Staff member:</translation>
        </message>
        <message>
            <source>Organisation, e.g. the city's mental health centre</source>
            <translation>Organisation, e.g. the city's mental health centre</translation>
        </message>
        <message>
            <source>Add an external expert</source>
            <translation>Add an external expert</translation>
        </message>
        <message>
            <source>Someone absent needs the reason; the minutes list the absences with their reasons and give signature lines to those present.</source>
            <translation>Someone absent needs the reason; the minutes list the absences with their reasons and give signature lines to those present.</translation>
        </message>
        <message>
            <source>only when absent</source>
            <translation>only when absent</translation>
        </message>
        <message>
            <source>{name} is already on the list.</source>
            <translation>{name} is already on the list.</translation>
        </message>
        <message>
            <source>Write the expert's name.</source>
            <translation>Write the expert's name.</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <source>Give the reason why {name} is absent.</source>
            <translation>Give the reason why {name} is absent.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Reason of the absence</source>
            <translation>Reason of the absence</translation>
        </message>
        <message>
            <source>Record attendance…</source>
            <translation>Record attendance…</translation>
        </message>
        <message>
            <source>{count} people listed: {present} present, {absent} absent.</source>
            <translation>{count} people listed: {present} present, {absent} absent.</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>denied</source>
            <translation>denied</translation>
        </message>
        <message>
            <source>(unknown login)</source>
            <translation>(unknown login)</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <source>Office created</source>
            <translation>Office created</translation>
        </message>
        <message>
            <source>Demo data created</source>
            <translation>Demo data created</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>User added</translation>
        </message>
        <message>
            <source>User deactivated</source>
            <translation>User deactivated</translation>
        </message>
        <message>
            <source>User reactivated</source>
            <translation>User reactivated</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Role changed</translation>
        </message>
        <message>
            <source>Login lockout lifted</source>
            <translation>Login lockout lifted</translation>
        </message>
        <message>
            <source>Temporary password set</source>
            <translation>Temporary password set</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Login locked</source>
            <translation>Login locked</translation>
        </message>
        <message>
            <source>Login events summarized</source>
            <translation>Login events summarized</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <source>Password reset with the recovery key</source>
            <translation>Password reset with the recovery key</translation>
        </message>
        <message>
            <source>Recovery key used</source>
            <translation>Recovery key used</translation>
        </message>
        <message>
            <source>Recovery key confirmed by typing it back</source>
            <translation>Recovery key confirmed by typing it back</translation>
        </message>
        <message>
            <source>New recovery key (the old one no longer opens the office)</source>
            <translation>New recovery key (the old one no longer opens the office)</translation>
        </message>
        <message>
            <source>Password changed and the old one revoked (office re-keyed)</source>
            <translation>Password changed and the old one revoked (office re-keyed)</translation>
        </message>
        <message>
            <source>Office re-keyed (old key-slot copies no longer open it)</source>
            <translation>Office re-keyed (old key-slot copies no longer open it)</translation>
        </message>
        <message>
            <source>Office repaired (key slots made to match the accounts)</source>
            <translation>Office repaired (key slots made to match the accounts)</translation>
        </message>
        <message>
            <source>Key slot without an account removed</source>
            <translation>Key slot without an account removed</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <source>Integrity check</source>
            <translation>Integrity check</translation>
        </message>
        <message>
            <source>Database upgraded</source>
            <translation>Database upgraded</translation>
        </message>
        <message>
            <source>Setting changed</source>
            <translation>Setting changed</translation>
        </message>
        <message>
            <source>Data key exported</source>
            <translation>Data key exported</translation>
        </message>
        <message>
            <source>School profile changed</source>
            <translation>School profile changed</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>Unlocked</translation>
        </message>
        <message>
            <source>Logged out</source>
            <translation>Logged out</translation>
        </message>
        <message>
            <source>Accounts signed by the office head for the first time</source>
            <translation>Accounts signed by the office head for the first time</translation>
        </message>
        <message>
            <source>Audit trail found missing and re-created</source>
            <translation>Audit trail found missing and re-created</translation>
        </message>
        <message>
            <source>Audit trail differs from this user's last record of it</source>
            <translation>Audit trail differs from this user's last record of it</translation>
        </message>
        <message>
            <source>Student added</source>
            <translation>Student added</translation>
        </message>
        <message>
            <source>Student changed</source>
            <translation>Student changed</translation>
        </message>
        <message>
            <source>Student status changed</source>
            <translation>Student status changed</translation>
        </message>
        <message>
            <source>Student viewed</source>
            <translation>Student viewed</translation>
        </message>
        <message>
            <source>Student list viewed</source>
            <translation>Student list viewed</translation>
        </message>
        <message>
            <source>Guardians' phones viewed (student list)</source>
            <translation>Guardians' phones viewed (student list)</translation>
        </message>
        <message>
            <source>Student roster imported</source>
            <translation>Student roster imported</translation>
        </message>
        <message>
            <source>Student roster exported</source>
            <translation>Student roster exported</translation>
        </message>
        <message>
            <source>Year rollover</source>
            <translation>Year rollover</translation>
        </message>
        <message>
            <source>Staff roster imported</source>
            <translation>Staff roster imported</translation>
        </message>
        <message>
            <source>Staff member added</source>
            <translation>Staff member added</translation>
        </message>
        <message>
            <source>Staff member changed</source>
            <translation>Staff member changed</translation>
        </message>
        <message>
            <source>Staff member marked as left</source>
            <translation>Staff member marked as left</translation>
        </message>
        <message>
            <source>Staff member reactivated</source>
            <translation>Staff member reactivated</translation>
        </message>
        <message>
            <source>Staff list viewed</source>
            <translation>Staff list viewed</translation>
        </message>
        <message>
            <source>Staff member viewed</source>
            <translation>Staff member viewed</translation>
        </message>
        <message>
            <source>Account linked to a staff member</source>
            <translation>Account linked to a staff member</translation>
        </message>
        <message>
            <source>Class added</source>
            <translation>Class added</translation>
        </message>
        <message>
            <source>Class renamed</source>
            <translation>Class renamed</translation>
        </message>
        <message>
            <source>Class archived</source>
            <translation>Class archived</translation>
        </message>
        <message>
            <source>Class restored</source>
            <translation>Class restored</translation>
        </message>
        <message>
            <source>Class list viewed</source>
            <translation>Class list viewed</translation>
        </message>
        <message>
            <source>School year added</source>
            <translation>School year added</translation>
        </message>
        <message>
            <source>School year changed</source>
            <translation>School year changed</translation>
        </message>
        <message>
            <source>Holiday or make-up workday entered</source>
            <translation>Holiday or make-up workday entered</translation>
        </message>
        <message>
            <source>Holiday or make-up workday removed</source>
            <translation>Holiday or make-up workday removed</translation>
        </message>
        <message>
            <source>Holidays and make-up workdays imported</source>
            <translation>Holidays and make-up workdays imported</translation>
        </message>
        <message>
            <source>Audit trail viewed</source>
            <translation>Audit trail viewed</translation>
        </message>
        <message>
            <source>Access report made</source>
            <translation>Access report made</translation>
        </message>
        <message>
            <source>Watch list viewed</source>
            <translation>Watch list viewed</translation>
        </message>
        <message>
            <source>Watch-list entry viewed</source>
            <translation>Watch-list entry viewed</translation>
        </message>
        <message>
            <source>Earlier plan version viewed</source>
            <translation>Earlier plan version viewed</translation>
        </message>
        <message>
            <source>Put on the watch list</source>
            <translation>Put on the watch list</translation>
        </message>
        <message>
            <source>Watch-list entry corrected</source>
            <translation>Watch-list entry corrected</translation>
        </message>
        <message>
            <source>Watch-list level changed</source>
            <translation>Watch-list level changed</translation>
        </message>
        <message>
            <source>Class of case changed</source>
            <translation>Class of case changed</translation>
        </message>
        <message>
            <source>Watch-list state changed</source>
            <translation>Watch-list state changed</translation>
        </message>
        <message>
            <source>Responsible people changed</source>
            <translation>Responsible people changed</translation>
        </message>
        <message>
            <source>Closing of a watch-list entry asked</source>
            <translation>Closing of a watch-list entry asked</translation>
        </message>
        <message>
            <source>Closing request withdrawn</source>
            <translation>Closing request withdrawn</translation>
        </message>
        <message>
            <source>Watch-list entry closed</source>
            <translation>Watch-list entry closed</translation>
        </message>
        <message>
            <source>Closing request sent back</source>
            <translation>Closing request sent back</translation>
        </message>
        <message>
            <source>Watch-list entry reopened</source>
            <translation>Watch-list entry reopened</translation>
        </message>
        <message>
            <source>Plan written</source>
            <translation>Plan written</translation>
        </message>
        <message>
            <source>Plan measure updated</source>
            <translation>Plan measure updated</translation>
        </message>
        <message>
            <source>Follow-up recorded</source>
            <translation>Follow-up recorded</translation>
        </message>
        <message>
            <source>Follow-up addendum recorded</source>
            <translation>Follow-up addendum recorded</translation>
        </message>
        <message>
            <source>Parent contact recorded</source>
            <translation>Parent contact recorded</translation>
        </message>
        <message>
            <source>Parent contact addendum recorded</source>
            <translation>Parent contact addendum recorded</translation>
        </message>
        <message>
            <source>Risk levels changed</source>
            <translation>Risk levels changed</translation>
        </message>
        <message>
            <source>Watch list exported</source>
            <translation>Watch list exported</translation>
        </message>
        <message>
            <source>Watch list made with full names</source>
            <translation>Watch list made with full names</translation>
        </message>
        <message>
            <source>Counseling room changed</source>
            <translation>Counseling room changed</translation>
        </message>
        <message>
            <source>Counselor's available hours changed</source>
            <translation>Counselor's available hours changed</translation>
        </message>
        <message>
            <source>Time blocked for appointments</source>
            <translation>Time blocked for appointments</translation>
        </message>
        <message>
            <source>Blocked time released</source>
            <translation>Blocked time released</translation>
        </message>
        <message>
            <source>Appointment booked</source>
            <translation>Appointment booked</translation>
        </message>
        <message>
            <source>Appointment moved</source>
            <translation>Appointment moved</translation>
        </message>
        <message>
            <source>Appointment confirmed</source>
            <translation>Appointment confirmed</translation>
        </message>
        <message>
            <source>Student arrived for an appointment</source>
            <translation>Student arrived for an appointment</translation>
        </message>
        <message>
            <source>Counseling session held</source>
            <translation>Counseling session held</translation>
        </message>
        <message>
            <source>Student did not come to an appointment</source>
            <translation>Student did not come to an appointment</translation>
        </message>
        <message>
            <source>Appointment cancelled</source>
            <translation>Appointment cancelled</translation>
        </message>
        <message>
            <source>Missed appointment excused</source>
            <translation>Missed appointment excused</translation>
        </message>
        <message>
            <source>Recurring sessions booked</source>
            <translation>Recurring sessions booked</translation>
        </message>
        <message>
            <source>Sessions of a series cancelled</source>
            <translation>Sessions of a series cancelled</translation>
        </message>
        <message>
            <source>Sessions of a series moved</source>
            <translation>Sessions of a series moved</translation>
        </message>
        <message>
            <source>Put on the waiting list</source>
            <translation>Put on the waiting list</translation>
        </message>
        <message>
            <source>Freed slot offered from the waiting list</source>
            <translation>Freed slot offered from the waiting list</translation>
        </message>
        <message>
            <source>Waiting-list request booked</source>
            <translation>Waiting-list request booked</translation>
        </message>
        <message>
            <source>Offered slot declined</source>
            <translation>Offered slot declined</translation>
        </message>
        <message>
            <source>Waiting-list offers and requests lapsed</source>
            <translation>Waiting-list offers and requests lapsed</translation>
        </message>
        <message>
            <source>Waiting-list request withdrawn</source>
            <translation>Waiting-list request withdrawn</translation>
        </message>
        <message>
            <source>Session record written</source>
            <translation>Session record written</translation>
        </message>
        <message>
            <source>Session record signed</source>
            <translation>Session record signed</translation>
        </message>
        <message>
            <source>Session record addendum added</source>
            <translation>Session record addendum added</translation>
        </message>
        <message>
            <source>Session record viewed</source>
            <translation>Session record viewed</translation>
        </message>
        <message>
            <source>Appointment viewed</source>
            <translation>Appointment viewed</translation>
        </message>
        <message>
            <source>Student's appointments viewed</source>
            <translation>Student's appointments viewed</translation>
        </message>
        <message>
            <source>Week of appointments viewed</source>
            <translation>Week of appointments viewed</translation>
        </message>
        <message>
            <source>Today's appointments viewed</source>
            <translation>Today's appointments viewed</translation>
        </message>
        <message>
            <source>Waiting-list request viewed</source>
            <translation>Waiting-list request viewed</translation>
        </message>
        <message>
            <source>Recurring sessions viewed</source>
            <translation>Recurring sessions viewed</translation>
        </message>
        <message>
            <source>Caseload viewed</source>
            <translation>Caseload viewed</translation>
        </message>
        <message>
            <source>Hospital directory changed</source>
            <translation>Hospital directory changed</translation>
        </message>
        <message>
            <source>Referral written</source>
            <translation>Referral written</translation>
        </message>
        <message>
            <source>Referral corrected</source>
            <translation>Referral corrected</translation>
        </message>
        <message>
            <source>Meeting with the parents about a referral recorded</source>
            <translation>Meeting with the parents about a referral recorded</translation>
        </message>
        <message>
            <source>Referral issued</source>
            <translation>Referral issued</translation>
        </message>
        <message>
            <source>Hospital visit of a referral recorded</source>
            <translation>Hospital visit of a referral recorded</translation>
        </message>
        <message>
            <source>Referral receipt entered</source>
            <translation>Referral receipt entered</translation>
        </message>
        <message>
            <source>Referral closed</source>
            <translation>Referral closed</translation>
        </message>
        <message>
            <source>Closed referral reopened</source>
            <translation>Closed referral reopened</translation>
        </message>
        <message>
            <source>Referrals listed</source>
            <translation>Referrals listed</translation>
        </message>
        <message>
            <source>Referral viewed</source>
            <translation>Referral viewed</translation>
        </message>
        <message>
            <source>Leave or suspension applied for</source>
            <translation>Leave or suspension applied for</translation>
        </message>
        <message>
            <source>Leave or suspension approved</source>
            <translation>Leave or suspension approved</translation>
        </message>
        <message>
            <source>Leave or suspension withdrawn</source>
            <translation>Leave or suspension withdrawn</translation>
        </message>
        <message>
            <source>Application to return to school received</source>
            <translation>Application to return to school received</translation>
        </message>
        <message>
            <source>Return assessment meeting recorded</source>
            <translation>Return assessment meeting recorded</translation>
        </message>
        <message>
            <source>Back at school, support plan made</source>
            <translation>Back at school, support plan made</translation>
        </message>
        <message>
            <source>Leaves and suspensions listed</source>
            <translation>Leaves and suspensions listed</translation>
        </message>
        <message>
            <source>Leave or suspension viewed</source>
            <translation>Leave or suspension viewed</translation>
        </message>
        <message>
            <source>Crisis incident recorded</source>
            <translation>Crisis incident recorded</translation>
        </message>
        <message>
            <source>Emergency-plan step recorded</source>
            <translation>Emergency-plan step recorded</translation>
        </message>
        <message>
            <source>Attempt to reach the parents recorded</source>
            <translation>Attempt to reach the parents recorded</translation>
        </message>
        <message>
            <source>Crisis timeline entry added</source>
            <translation>Crisis timeline entry added</translation>
        </message>
        <message>
            <source>Breach of confidentiality recorded</source>
            <translation>Breach of confidentiality recorded</translation>
        </message>
        <message>
            <source>Crisis incident closed</source>
            <translation>Crisis incident closed</translation>
        </message>
        <message>
            <source>Crisis incident closed by the head before its loop</source>
            <translation>Crisis incident closed by the head before its loop</translation>
        </message>
        <message>
            <source>Crisis incidents listed</source>
            <translation>Crisis incidents listed</translation>
        </message>
        <message>
            <source>Crisis incident viewed</source>
            <translation>Crisis incident viewed</translation>
        </message>
        <message>
            <source>Duty post changed</source>
            <translation>Duty post changed</translation>
        </message>
        <message>
            <source>Duty shift changed</source>
            <translation>Duty shift changed</translation>
        </message>
        <message>
            <source>Duty shift removed</source>
            <translation>Duty shift removed</translation>
        </message>
        <message>
            <source>Duty list changed</source>
            <translation>Duty list changed</translation>
        </message>
        <message>
            <source>Unavailability for duty entered</source>
            <translation>Unavailability for duty entered</translation>
        </message>
        <message>
            <source>Unavailability for duty removed</source>
            <translation>Unavailability for duty removed</translation>
        </message>
        <message>
            <source>Timetable of a make-up workday chosen</source>
            <translation>Timetable of a make-up workday chosen</translation>
        </message>
        <message>
            <source>Duty set-up copied to another semester</source>
            <translation>Duty set-up copied to another semester</translation>
        </message>
        <message>
            <source>Duty roster generated</source>
            <translation>Duty roster generated</translation>
        </message>
        <message>
            <source>Duty roster published</source>
            <translation>Duty roster published</translation>
        </message>
        <message>
            <source>Put on duty by hand</source>
            <translation>Put on duty by hand</translation>
        </message>
        <message>
            <source>Duty given to another person by hand</source>
            <translation>Duty given to another person by hand</translation>
        </message>
        <message>
            <source>Taken off duty by hand</source>
            <translation>Taken off duty by hand</translation>
        </message>
        <message>
            <source>Duty swap asked</source>
            <translation>Duty swap asked</translation>
        </message>
        <message>
            <source>Duty cover asked</source>
            <translation>Duty cover asked</translation>
        </message>
        <message>
            <source>Duty swap accepted by the colleague</source>
            <translation>Duty swap accepted by the colleague</translation>
        </message>
        <message>
            <source>Duty swap declined by the colleague</source>
            <translation>Duty swap declined by the colleague</translation>
        </message>
        <message>
            <source>Duty swap or cover request withdrawn</source>
            <translation>Duty swap or cover request withdrawn</translation>
        </message>
        <message>
            <source>Duty swap or cover approved</source>
            <translation>Duty swap or cover approved</translation>
        </message>
        <message>
            <source>Duty swap or cover not approved</source>
            <translation>Duty swap or cover not approved</translation>
        </message>
        <message>
            <source>Duty log written</source>
            <translation>Duty log written</translation>
        </message>
        <message>
            <source>Contact recorded in the duty log</source>
            <translation>Contact recorded in the duty log</translation>
        </message>
        <message>
            <source>Duty log signed</source>
            <translation>Duty log signed</translation>
        </message>
        <message>
            <source>Duty log viewed</source>
            <translation>Duty log viewed</translation>
        </message>
        <message>
            <source>Duty roster exported</source>
            <translation>Duty roster exported</translation>
        </message>
        <message>
            <source>Unavailability for duty imported</source>
            <translation>Unavailability for duty imported</translation>
        </message>
        <message>
            <source>Compliance record added</source>
            <translation>Compliance record added</translation>
        </message>
        <message>
            <source>Compliance record changed</source>
            <translation>Compliance record changed</translation>
        </message>
        <message>
            <source>Compliance record removed</source>
            <translation>Compliance record removed</translation>
        </message>
        <message>
            <source>Funding, venue and partner hospital of a school year saved</source>
            <translation>Funding, venue and partner hospital of a school year saved</translation>
        </message>
        <message>
            <source>Compliance records imported</source>
            <translation>Compliance records imported</translation>
        </message>
        <message>
            <source>Compliance indicators viewed</source>
            <translation>Compliance indicators viewed</translation>
        </message>
        <message>
            <source>Policy profile applied to the thresholds</source>
            <translation>Policy profile applied to the thresholds</translation>
        </message>
        <message>
            <source>Report for the education bureau exported</source>
            <translation>Report for the education bureau exported</translation>
        </message>
        <message>
            <source>Screening scale added</source>
            <translation>Screening scale added</translation>
        </message>
        <message>
            <source>Screening campaign created</source>
            <translation>Screening campaign created</translation>
        </message>
        <message>
            <source>Screening disposition changed</source>
            <translation>Screening disposition changed</translation>
        </message>
        <message>
            <source>Screening results imported</source>
            <translation>Screening results imported</translation>
        </message>
        <message>
            <source>Screening candidates put on the watch list</source>
            <translation>Screening candidates put on the watch list</translation>
        </message>
        <message>
            <source>Screening result linked to the watch list</source>
            <translation>Screening result linked to the watch list</translation>
        </message>
        <message>
            <source>Screening results viewed</source>
            <translation>Screening results viewed</translation>
        </message>
        <message>
            <source>Screening result viewed</source>
            <translation>Screening result viewed</translation>
        </message>
        <message>
            <source>Screening answers viewed</source>
            <translation>Screening answers viewed</translation>
        </message>
        <message>
            <source>Screening candidates viewed</source>
            <translation>Screening candidates viewed</translation>
        </message>
        <message>
            <source>Screening results exported</source>
            <translation>Screening results exported</translation>
        </message>
        <message>
            <source>Review meeting prepared</source>
            <translation>Review meeting prepared</translation>
        </message>
        <message>
            <source>Review meeting details changed</source>
            <translation>Review meeting details changed</translation>
        </message>
        <message>
            <source>Review meeting: other matters written</source>
            <translation>Review meeting: other matters written</translation>
        </message>
        <message>
            <source>Review meeting started</source>
            <translation>Review meeting started</translation>
        </message>
        <message>
            <source>Review meeting abandoned</source>
            <translation>Review meeting abandoned</translation>
        </message>
        <message>
            <source>Review meeting agenda rebuilt from the records</source>
            <translation>Review meeting agenda rebuilt from the records</translation>
        </message>
        <message>
            <source>Student added to a review meeting's agenda</source>
            <translation>Student added to a review meeting's agenda</translation>
        </message>
        <message>
            <source>Student taken off a review meeting's agenda</source>
            <translation>Student taken off a review meeting's agenda</translation>
        </message>
        <message>
            <source>Review meeting agenda reordered</source>
            <translation>Review meeting agenda reordered</translation>
        </message>
        <message>
            <source>Review meeting attendance changed</source>
            <translation>Review meeting attendance changed</translation>
        </message>
        <message>
            <source>Review meeting decision recorded</source>
            <translation>Review meeting decision recorded</translation>
        </message>
        <message>
            <source>Review meeting decision cleared</source>
            <translation>Review meeting decision cleared</translation>
        </message>
        <message>
            <source>Review meeting finalized (decisions applied)</source>
            <translation>Review meeting finalized (decisions applied)</translation>
        </message>
        <message>
            <source>Review meeting decision applied to the watch list</source>
            <translation>Review meeting decision applied to the watch list</translation>
        </message>
        <message>
            <source>Addendum to review meeting minutes</source>
            <translation>Addendum to review meeting minutes</translation>
        </message>
        <message>
            <source>Referral opened from a review meeting's suggestion</source>
            <translation>Referral opened from a review meeting's suggestion</translation>
        </message>
        <message>
            <source>Review meeting viewed</source>
            <translation>Review meeting viewed</translation>
        </message>
        <message>
            <source>Review meeting decision viewed</source>
            <translation>Review meeting decision viewed</translation>
        </message>
        <message>
            <source>Review meeting minutes read</source>
            <translation>Review meeting minutes read</translation>
        </message>
        <message>
            <source>Minutes made with the annex naming the students</source>
            <translation>Minutes made with the annex naming the students</translation>
        </message>
        <message>
            <source>Review meetings of a school year viewed</source>
            <translation>Review meetings of a school year viewed</translation>
        </message>
        <message>
            <source>Open actions of review meetings viewed</source>
            <translation>Open actions of review meetings viewed</translation>
        </message>
        <message>
            <source>Referral suggestions of review meetings viewed</source>
            <translation>Referral suggestions of review meetings viewed</translation>
        </message>
        <message>
            <source>Screening result removed</source>
            <translation>Screening result removed</translation>
        </message>
        <message>
            <source>Screening result moved to another student</source>
            <translation>Screening result moved to another student</translation>
        </message>
        <message>
            <source>Screening campaign rescored</source>
            <translation>Screening campaign rescored</translation>
        </message>
        <message>
            <source>Students of a screening campaign listed</source>
            <translation>Students of a screening campaign listed</translation>
        </message>
        <message>
            <source>Viewed: {document}</source>
            <translation>Viewed: {document}</translation>
        </message>
        <message>
            <source>Printed: {document}</source>
            <translation>Printed: {document}</translation>
        </message>
        <message>
            <source>Saved as file: {document}</source>
            <translation>Saved as file: {document}</translation>
        </message>
        <message>
            <source>recovery-key sheet</source>
            <translation>recovery-key sheet</translation>
        </message>
        <message>
            <source>student access report</source>
            <translation>student access report</translation>
        </message>
        <message>
            <source>class list</source>
            <translation>class list</translation>
        </message>
        <message>
            <source>individual support plan (watch list)</source>
            <translation>individual support plan (watch list)</translation>
        </message>
        <message>
            <source>watch-list notice for the head teacher</source>
            <translation>watch-list notice for the head teacher</translation>
        </message>
        <message>
            <source>follow-up record (watch list)</source>
            <translation>follow-up record (watch list)</translation>
        </message>
        <message>
            <source>watch list of a grade or class</source>
            <translation>watch list of a grade or class</translation>
        </message>
        <message>
            <source>referral form with its receipt</source>
            <translation>referral form with its receipt</translation>
        </message>
        <message>
            <source>register of referrals out</source>
            <translation>register of referrals out</translation>
        </message>
        <message>
            <source>register of referral receipts</source>
            <translation>register of referral receipts</translation>
        </message>
        <message>
            <source>application and assessment for the return to school</source>
            <translation>application and assessment for the return to school</translation>
        </message>
        <message>
            <source>support plan after the return (head teacher)</source>
            <translation>support plan after the return (head teacher)</translation>
        </message>
        <message>
            <source>crisis incident report (school leader)</source>
            <translation>crisis incident report (school leader)</translation>
        </message>
        <message>
            <source>crisis incident report (education bureau)</source>
            <translation>crisis incident report (education bureau)</translation>
        </message>
        <message>
            <source>duty roster of a month</source>
            <translation>duty roster of a month</translation>
        </message>
        <message>
            <source>appointment slip</source>
            <translation>appointment slip</translation>
        </message>
        <message>
            <source>a counselor's week of appointments</source>
            <translation>a counselor's week of appointments</translation>
        </message>
        <message>
            <source>consent form for counseling</source>
            <translation>consent form for counseling</translation>
        </message>
        <message>
            <source>minutes of a review meeting</source>
            <translation>minutes of a review meeting</translation>
        </message>
        <message>
            <source>sign-in sheet of a review meeting</source>
            <translation>sign-in sheet of a review meeting</translation>
        </message>
        <message>
            <source>screening campaign summary (office)</source>
            <translation>screening campaign summary (office)</translation>
        </message>
        <message>
            <source>screening campaign summary (de-identified)</source>
            <translation>screening campaign summary (de-identified)</translation>
        </message>
        <message>
            <source>Refused: {permission}</source>
            <translation>Refused: {permission}</translation>
        </message>
    </context>
    <context>
        <name>AuditDetail</name>
        <message>
            <source>wrong password</source>
            <translation>wrong password</translation>
        </message>
        <message>
            <source>attempt while locked</source>
            <translation>attempt while locked</translation>
        </message>
        <message>
            <source>attempt not finished</source>
            <translation>attempt not finished</translation>
        </message>
        <message>
            <source>locked for 15 minutes</source>
            <translation>locked for 15 minutes</translation>
        </message>
        <message>
            <source>account deactivated</source>
            <translation>account deactivated</translation>
        </message>
        <message>
            <source>no such account</source>
            <translation>no such account</translation>
        </message>
        <message>
            <source>data key exported</source>
            <translation>data key exported</translation>
        </message>
        <message>
            <source>the audit chain was broken</source>
            <translation>the audit chain was broken</translation>
        </message>
        <message>
            <source>no key slot after the restore</source>
            <translation>no key slot after the restore</translation>
        </message>
        <message>
            <source>chosen by the user</source>
            <translation>chosen by the user</translation>
        </message>
        <message>
            <source>default</source>
            <translation>default</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatic</translation>
        </message>
        <message>
            <source>could not write to the disk</source>
            <translation>could not write to the disk</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>office data damaged</source>
            <translation>office data damaged</translation>
        </message>
        <message>
            <source>role not signed by an office head</source>
            <translation>role not signed by an office head</translation>
        </message>
        <message>
            <source>role or account changed without an office head's signature</source>
            <translation>role or account changed without an office head's signature</translation>
        </message>
        <message>
            <source>signed list of accounts changed or replaced</source>
            <translation>signed list of accounts changed or replaced</translation>
        </message>
        <message>
            <source>account key does not match the signed one</source>
            <translation>account key does not match the signed one</translation>
        </message>
        <message>
            <source>role without the clinical key</source>
            <translation>role without the clinical key</translation>
        </message>
        <message>
            <source>entries removed from the end</source>
            <translation>entries removed from the end</translation>
        </message>
        <message>
            <source>entries rewritten</source>
            <translation>entries rewritten</translation>
        </message>
        <message>
            <source>holiday</source>
            <translation>holiday</translation>
        </message>
        <message>
            <source>make-up workday</source>
            <translation>make-up workday</translation>
        </message>
        <message>
            <source>{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
            <translation>{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</translation>
        </message>
        <message>
            <source>{promoted} classes moved up, {graduated} classes graduated, {students} students graduated, {grades} grades created</source>
            <translation>{promoted} classes moved up, {graduated} classes graduated, {students} students graduated, {grades} grades created</translation>
        </message>
        <message>
            <source>{count} students listed</source>
            <translation>{count} students listed</translation>
        </message>
        <message>
            <source>phones of {count} students shown</source>
            <translation>phones of {count} students shown</translation>
        </message>
        <message>
            <source>{count} staff members listed</source>
            <translation>{count} staff members listed</translation>
        </message>
        <message>
            <source>{count} classes listed</source>
            <translation>{count} classes listed</translation>
        </message>
        <message>
            <source>{count} students exported</source>
            <translation>{count} students exported</translation>
        </message>
        <message>
            <source>{count} demo students</source>
            <translation>{count} demo students</translation>
        </message>
        <message>
            <source>{count} days imported</source>
            <translation>{count} days imported</translation>
        </message>
        <message>
            <source>{count} events not recorded one by one</source>
            <translation>{count} events not recorded one by one</translation>
        </message>
        <message>
            <source>{count} accounts</source>
            <translation>{count} accounts</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>{entries} entries shown</source>
            <translation>{entries} entries shown</translation>
        </message>
        <message>
            <source>{count} entries listed</source>
            <translation>{count} entries listed</translation>
        </message>
        <message>
            <source>{count} entries with full names</source>
            <translation>{count} entries with full names</translation>
        </message>
        <message>
            <source>{imported} imported, {unchanged} unchanged, {rejected} rejected; {positives} positive, {key_hits} with a key item hit</source>
            <translation>{imported} imported, {unchanged} unchanged, {rejected} rejected; {positives} positive, {key_hits} with a key item hit</translation>
        </message>
        <message>
            <source>{opened} new candidates, {linked} linked to open entries, {failed} not possible</source>
            <translation>{opened} new candidates, {linked} linked to open entries, {failed} not possible</translation>
        </message>
        <message>
            <source>{count} results listed</source>
            <translation>{count} results listed</translation>
        </message>
        <message>
            <source>{count} candidates listed</source>
            <translation>{count} candidates listed</translation>
        </message>
        <message>
            <source>{count} results exported</source>
            <translation>{count} results exported</translation>
        </message>
        <message>
            <source>{removed} key slots without an active account removed, {deactivated} accounts without a key slot deactivated</source>
            <translation>{removed} key slots without an active account removed, {deactivated} accounts without a key slot deactivated</translation>
        </message>
        <message>
            <source>{count} meetings listed</source>
            <translation>{count} meetings listed</translation>
        </message>
        <message>
            <source>{count} agenda items shown</source>
            <translation>{count} agenda items shown</translation>
        </message>
        <message>
            <source>{count} open actions listed</source>
            <translation>{count} open actions listed</translation>
        </message>
        <message>
            <source>{count} suggestions listed</source>
            <translation>{count} suggestions listed</translation>
        </message>
        <message>
            <source>{count} referrals listed</source>
            <translation>{count} referrals listed</translation>
        </message>
        <message>
            <source>{count} leaves listed</source>
            <translation>{count} leaves listed</translation>
        </message>
        <message>
            <source>{count} incidents listed</source>
            <translation>{count} incidents listed</translation>
        </message>
        <message>
            <source>{count} records imported</source>
            <translation>{count} records imported</translation>
        </message>
        <message>
            <source>{since} to {until}, {entries} entries</source>
            <translation>{since} to {until}, {entries} entries</translation>
        </message>
        <message>
            <source>student number</source>
            <translation>student number</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>gender</translation>
        </message>
        <message>
            <source>birth date</source>
            <translation>birth date</translation>
        </message>
        <message>
            <source>class</source>
            <translation>class</translation>
        </message>
        <message>
            <source>boarding</source>
            <translation>boarding</translation>
        </message>
        <message>
            <source>mental-health monitor</source>
            <translation>mental-health monitor</translation>
        </message>
        <message>
            <source>dormitory</source>
            <translation>dormitory</translation>
        </message>
        <message>
            <source>guardians</source>
            <translation>guardians</translation>
        </message>
        <message>
            <source>changed: {fields}</source>
            <translation>changed: {fields}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>review meeting #{value}</source>
            <translation>review meeting #{value}</translation>
        </message>
        <message>
            <source>watch-list entry #{value}</source>
            <translation>watch-list entry #{value}</translation>
        </message>
        <message>
            <source>referral #{value}</source>
            <translation>referral #{value}</translation>
        </message>
        <message>
            <source>leave of absence #{value}</source>
            <translation>leave of absence #{value}</translation>
        </message>
        <message>
            <source>appointment #{value}</source>
            <translation>appointment #{value}</translation>
        </message>
        <message>
            <source>waiting-list request #{value}</source>
            <translation>waiting-list request #{value}</translation>
        </message>
        <message>
            <source>offered to waiting-list request #{value}</source>
            <translation>offered to waiting-list request #{value}</translation>
        </message>
        <message>
            <source>series of sessions #{value}</source>
            <translation>series of sessions #{value}</translation>
        </message>
        <message>
            <source>screening result #{value}</source>
            <translation>screening result #{value}</translation>
        </message>
        <message>
            <source>screening campaign #{value}</source>
            <translation>screening campaign #{value}</translation>
        </message>
        <message>
            <source>student #{value}</source>
            <translation>student #{value}</translation>
        </message>
        <message>
            <source>agenda item #{value}</source>
            <translation>agenda item #{value}</translation>
        </message>
        <message>
            <source>decision #{value}</source>
            <translation>decision #{value}</translation>
        </message>
        <message>
            <source>addendum #{value}</source>
            <translation>addendum #{value}</translation>
        </message>
        <message>
            <source>addendum to record #{value}</source>
            <translation>addendum to record #{value}</translation>
        </message>
        <message>
            <source>follow-up #{value}</source>
            <translation>follow-up #{value}</translation>
        </message>
        <message>
            <source>contact record #{value}</source>
            <translation>contact record #{value}</translation>
        </message>
        <message>
            <source>measure #{value}</source>
            <translation>measure #{value}</translation>
        </message>
        <message>
            <source>duty shift #{value}</source>
            <translation>duty shift #{value}</translation>
        </message>
        <message>
            <source>duty #{value}</source>
            <translation>duty #{value}</translation>
        </message>
        <message>
            <source>duty swap or cover #{value}</source>
            <translation>duty swap or cover #{value}</translation>
        </message>
        <message>
            <source>swapped with duty #{value}</source>
            <translation>swapped with duty #{value}</translation>
        </message>
        <message>
            <source>staff member #{value}</source>
            <translation>staff member #{value}</translation>
        </message>
        <message>
            <source>copied from #{value}</source>
            <translation>copied from #{value}</translation>
        </message>
        <message>
            <source>grade #{value}</source>
            <translation>grade #{value}</translation>
        </message>
        <message>
            <source>session record #{value}</source>
            <translation>session record #{value}</translation>
        </message>
        <message>
            <source>crisis event #{value}</source>
            <translation>crisis event #{value}</translation>
        </message>
        <message>
            <source>confidentiality exception #{value}</source>
            <translation>confidentiality exception #{value}</translation>
        </message>
        <message>
            <source>{value} agenda items</source>
            <translation>{value} agenda items</translation>
        </message>
        <message>
            <source>{value} attendees</source>
            <translation>{value} attendees</translation>
        </message>
        <message>
            <source>{value} present</source>
            <translation>{value} present</translation>
        </message>
        <message>
            <source>{value} decisions</source>
            <translation>{value} decisions</translation>
        </message>
        <message>
            <source>{value} levels raised</source>
            <translation>{value} levels raised</translation>
        </message>
        <message>
            <source>{value} levels lowered</source>
            <translation>{value} levels lowered</translation>
        </message>
        <message>
            <source>closed (and closings asked): {value}</source>
            <translation>closed (and closings asked): {value}</translation>
        </message>
        <message>
            <source>{value} measures</source>
            <translation>{value} measures</translation>
        </message>
        <message>
            <source>{value} shown</source>
            <translation>{value} shown</translation>
        </message>
        <message>
            <source>{value} offers lapsed</source>
            <translation>{value} offers lapsed</translation>
        </message>
        <message>
            <source>{value} requests expired</source>
            <translation>{value} requests expired</translation>
        </message>
        <message>
            <source>meeting no. {value}</source>
            <translation>meeting no. {value}</translation>
        </message>
        <message>
            <source>week of {value}</source>
            <translation>week of {value}</translation>
        </message>
        <message>
            <source>day {value}</source>
            <translation>day {value}</translation>
        </message>
        <message>
            <source>month {value}</source>
            <translation>month {value}</translation>
        </message>
        <message>
            <source>due {value}</source>
            <translation>due {value}</translation>
        </message>
        <message>
            <source>until {value}</source>
            <translation>until {value}</translation>
        </message>
        <message>
            <source>arrived at {value}</source>
            <translation>arrived at {value}</translation>
        </message>
        <message>
            <source>students: {value}</source>
            <translation>students: {value}</translation>
        </message>
        <message>
            <source>purpose: {value}</source>
            <translation>purpose: {value}</translation>
        </message>
        <message>
            <source>after {value} minutes</source>
            <translation>after {value} minutes</translation>
        </message>
        <message>
            <source>{value} sessions</source>
            <translation>{value} sessions</translation>
        </message>
        <message>
            <source>{value} skipped</source>
            <translation>{value} skipped</translation>
        </message>
        <message>
            <source>{value} cancelled</source>
            <translation>{value} cancelled</translation>
        </message>
        <message>
            <source>{value} moved</source>
            <translation>{value} moved</translation>
        </message>
        <message>
            <source>{value} missed appointments</source>
            <translation>{value} missed appointments</translation>
        </message>
        <message>
            <source>{value} time windows</source>
            <translation>{value} time windows</translation>
        </message>
        <message>
            <source>{value} people on duty</source>
            <translation>{value} people on duty</translation>
        </message>
        <message>
            <source>{value} duties without anyone</source>
            <translation>{value} duties without anyone</translation>
        </message>
        <message>
            <source>class periods of weekdays {value}</source>
            <translation>class periods of weekdays {value}</translation>
        </message>
        <message>
            <source>kind: {value}</source>
            <translation>kind: {value}</translation>
        </message>
        <message>
            <source>advice: {value}</source>
            <translation>advice: {value}</translation>
        </message>
        <message>
            <source>reason: {value}</source>
            <translation>reason: {value}</translation>
        </message>
        <message>
            <source>level {value}</source>
            <translation>level {value}</translation>
        </message>
        <message>
            <source>plan version {value}</source>
            <translation>plan version {value}</translation>
        </message>
        <message>
            <source>back to: {value}</source>
            <translation>back to: {value}</translation>
        </message>
        <message>
            <source>which: {value}</source>
            <translation>which: {value}</translation>
        </message>
        <message>
            <source>urgent</source>
            <translation>urgent</translation>
        </message>
        <message>
            <source>form</source>
            <translation>form</translation>
        </message>
        <message>
            <source>register</source>
            <translation>register</translation>
        </message>
        <message>
            <source>report</source>
            <translation>report</translation>
        </message>
        <message>
            <source>newly opened</source>
            <translation>newly opened</translation>
        </message>
        <message>
            <source>with the names</source>
            <translation>with the names</translation>
        </message>
        <message>
            <source>late</source>
            <translation>late</translation>
        </message>
        <message>
            <source>with a diagnosis</source>
            <translation>with a diagnosis</translation>
        </message>
        <message>
            <source>offer</source>
            <translation>offer</translation>
        </message>
        <message>
            <source>lapsed</source>
            <translation>lapsed</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>crisis</source>
            <translation>crisis</translation>
        </message>
        <message>
            <source>finalizing</source>
            <translation>finalizing</translation>
        </message>
        <message>
            <source>preview</source>
            <translation>preview</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>linked</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>{key}: {value}</source>
            <translation>{key}: {value}</translation>
        </message>
        <message>
            <source>{value} (unchanged)</source>
            <translation>{value} (unchanged)</translation>
        </message>
        <message>
            <source>reason: {text}</source>
            <translation>reason: {text}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>{old} → {new}</source>
            <translation>{old} → {new}</translation>
        </message>
        <message>
            <source>linked to {staff}</source>
            <translation>linked to {staff}</translation>
        </message>
        <message>
            <source>link removed</source>
            <translation>link removed</translation>
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation>{minutes} minutes</translation>
        </message>
        <message>
            <source>{count} problems found</source>
            <translation>{count} problems found</translation>
        </message>
        <message>
            <source>chain broken at entry {row}</source>
            <translation>chain broken at entry {row}</translation>
        </message>
        <message>
            <source>purpose: {purpose}</source>
            <translation>purpose: {purpose}</translation>
        </message>
        <message>
            <source>{count} entries, names masked</source>
            <translation>{count} entries, names masked</translation>
        </message>
        <message>
            <source>{count} entries, with full names</source>
            <translation>{count} entries, with full names</translation>
        </message>
        <message>
            <source>entry #{id}</source>
            <translation>entry #{id}</translation>
        </message>
        <message>
            <source>level {level}</source>
            <translation>level {level}</translation>
        </message>
        <message>
            <source>plan version {version}</source>
            <translation>plan version {version}</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>All actions</source>
            <translation>All actions</translation>
        </message>
        <message>
            <source>any document</source>
            <translation>any document</translation>
        </message>
        <message>
            <source>Refused (permission)</source>
            <translation>Refused (permission)</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Verify chain</source>
            <translation>Verify chain</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>Action:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>To:</translation>
        </message>
        <message>
            <source>Choose student…</source>
            <translation>Choose student…</translation>
        </message>
        <message>
            <source>Show all students</source>
            <translation>Show all students</translation>
        </message>
        <message>
            <source>Access report…</source>
            <translation>Access report…</translation>
        </message>
        <message>
            <source>Who saw or changed this student's records in the period, as a PDF to print or keep (for the yearly compliance review)</source>
            <translation>Who saw or changed this student's records in the period, as a PDF to print or keep (for the yearly compliance review)</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>Student:</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>{count} entries shown (newest first, at most {limit}).</source>
            <translation>{count} entries shown (newest first, at most {limit}).</translation>
        </message>
        <message>
            <source>all students</source>
            <translation>all students</translation>
        </message>
        <message>
            <source>{name} ({number}, {klass})</source>
            <translation>{name} ({number}, {klass})</translation>
        </message>
        <message>
            <source>Access report</source>
            <translation>Access report</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>The end of the period is before its start.</translation>
        </message>
        <message>
            <source>access-report-{date}</source>
            <translation>access-report-{date}</translation>
        </message>
        <message>
            <source>The audit trail is intact: {rows} entries, the database passed every integrity check.
Chain head: {head}</source>
            <translation>The audit trail is intact: {rows} entries, the database passed every integrity check.
Chain head: {head}</translation>
        </message>
        <message>
            <source>The audit trail is BROKEN at entry {row}. Restore a backup and investigate.</source>
            <translation>The audit trail is BROKEN at entry {row}. Restore a backup and investigate.</translation>
        </message>
        <message>
            <source>The check found what is listed below. Look into it before relying on the records; a damaged database or trail is repaired by restoring a backup.</source>
            <translation>The check found what is listed below. Look into it before relying on the records; a damaged database or trail is repaired by restoring a backup.</translation>
        </message>
        <message>
            <source>The database failed the integrity check ({count} problem(s)). Restore a backup.</source>
            <translation>The database failed the integrity check ({count} problem(s)). Restore a backup.</translation>
        </message>
    </context>
    <context>
        <name>AuditTarget</name>
        <message>
            <source>user</source>
            <translation>user</translation>
        </message>
        <message>
            <source>login</source>
            <translation>login</translation>
        </message>
        <message>
            <source>office</source>
            <translation>office</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>backup</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>setting</translation>
        </message>
        <message>
            <source>schema</source>
            <translation>schema</translation>
        </message>
        <message>
            <source>audit trail</source>
            <translation>audit trail</translation>
        </message>
        <message>
            <source>student</source>
            <translation>student</translation>
        </message>
        <message>
            <source>staff member</source>
            <translation>staff member</translation>
        </message>
        <message>
            <source>class</source>
            <translation>class</translation>
        </message>
        <message>
            <source>school year</source>
            <translation>school year</translation>
        </message>
        <message>
            <source>calendar day</source>
            <translation>calendar day</translation>
        </message>
        <message>
            <source>school calendar</source>
            <translation>school calendar</translation>
        </message>
        <message>
            <source>semester</source>
            <translation>semester</translation>
        </message>
        <message>
            <source>duty roster</source>
            <translation>duty roster</translation>
        </message>
        <message>
            <source>duty post</source>
            <translation>duty post</translation>
        </message>
        <message>
            <source>duty shift</source>
            <translation>duty shift</translation>
        </message>
        <message>
            <source>duty</source>
            <translation>duty</translation>
        </message>
        <message>
            <source>duty swap or cover</source>
            <translation>duty swap or cover</translation>
        </message>
        <message>
            <source>screening campaign</source>
            <translation>screening campaign</translation>
        </message>
        <message>
            <source>screening scale</source>
            <translation>screening scale</translation>
        </message>
        <message>
            <source>screening result</source>
            <translation>screening result</translation>
        </message>
        <message>
            <source>review meeting</source>
            <translation>review meeting</translation>
        </message>
        <message>
            <source>grade or department</source>
            <translation>grade or department</translation>
        </message>
        <message>
            <source>appointment</source>
            <translation>appointment</translation>
        </message>
        <message>
            <source>blocked time</source>
            <translation>blocked time</translation>
        </message>
        <message>
            <source>waiting-list request</source>
            <translation>waiting-list request</translation>
        </message>
        <message>
            <source>counseling room</source>
            <translation>counseling room</translation>
        </message>
        <message>
            <source>series of sessions</source>
            <translation>series of sessions</translation>
        </message>
        <message>
            <source>session record</source>
            <translation>session record</translation>
        </message>
        <message>
            <source>education bureau report</source>
            <translation>education bureau report</translation>
        </message>
        <message>
            <source>compliance records</source>
            <translation>compliance records</translation>
        </message>
        <message>
            <source>partner hospital</source>
            <translation>partner hospital</translation>
        </message>
        <message>
            <source>crisis incident</source>
            <translation>crisis incident</translation>
        </message>
        <message>
            <source>leave of absence</source>
            <translation>leave of absence</translation>
        </message>
        <message>
            <source>referral</source>
            <translation>referral</translation>
        </message>
        <message>
            <source>watch list</source>
            <translation>watch list</translation>
        </message>
        <message>
            <source>support plan</source>
            <translation>support plan</translation>
        </message>
        <message>
            <source>plan measure</source>
            <translation>plan measure</translation>
        </message>
        <message>
            <source>follow-up</source>
            <translation>follow-up</translation>
        </message>
        <message>
            <source>parent contact</source>
            <translation>parent contact</translation>
        </message>
        <message>
            <source>idle lock</source>
            <translation>idle lock</translation>
        </message>
        <message>
            <source>backup folder</source>
            <translation>backup folder</translation>
        </message>
        <message>
            <source>font for printed documents</source>
            <translation>font for printed documents</translation>
        </message>
        <message>
            <source>policy thresholds</source>
            <translation>policy thresholds</translation>
        </message>
        <message>
            <source>student {name} ({number})</source>
            <translation>student {name} ({number})</translation>
        </message>
        <message>
            <source>student #{id} (not in the register)</source>
            <translation>student #{id} (not in the register)</translation>
        </message>
        <message>
            <source>staff member {name}</source>
            <translation>staff member {name}</translation>
        </message>
        <message>
            <source>staff member #{id} (not in the register)</source>
            <translation>staff member #{id} (not in the register)</translation>
        </message>
        <message>
            <source>class {name}</source>
            <translation>class {name}</translation>
        </message>
        <message>
            <source>class #{id} (no longer exists)</source>
            <translation>class #{id} (no longer exists)</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Choose backup folder…</source>
            <translation>Choose backup folder…</translation>
        </message>
        <message>
            <source>Use the default folder</source>
            <translation>Use the default folder</translation>
        </message>
        <message>
            <source>Restore the selected backup…</source>
            <translation>Restore the selected backup…</translation>
        </message>
        <message>
            <source>Backups are encrypted like the office itself. Kept: every backup of the last two days, then one a day for 7 days, one a week for 4 weeks, one a month for 12 months. A USB drive kept apart from this computer protects against a broken disk.</source>
            <translation>Backups are encrypted like the office itself. Kept: every backup of the last two days, then one a day for 7 days, one a week for 4 weeks, one a month for 12 months. A USB drive kept apart from this computer protects against a broken disk.</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>before an upgrade</translation>
        </message>
        <message>
            <source>before the year rollover</source>
            <translation>before the year rollover</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>backup</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>The office's keys</source>
            <translation>The office's keys</translation>
        </message>
        <message>
            <source>Re-keying gives the office a new data key and clinical key: every password in use works as before, while a password no longer in use — also with the key-slot file of an old backup — opens nothing of the office any more. A new recovery key replaces the sealed sheet: the old key stops opening the office and the backups made from now on.</source>
            <translation>Re-keying gives the office a new data key and clinical key: every password in use works as before, while a password no longer in use — also with the key-slot file of an old backup — opens nothing of the office any more. A new recovery key replaces the sealed sheet: the old key stops opening the office and the backups made from now on.</translation>
        </message>
        <message>
            <source>Re-key the office…</source>
            <translation>Re-key the office…</translation>
        </message>
        <message>
            <source>New recovery key…</source>
            <translation>New recovery key…</translation>
        </message>
        <message>
            <source>Re-key the office</source>
            <translation>Re-key the office</translation>
        </message>
        <message>
            <source>Give the office a new data key and a new clinical key now? Everyone keeps their password; a password no longer in use opens nothing any more. Backups made before still open as they did.</source>
            <translation>Give the office a new data key and a new clinical key now? Everyone keeps their password; a password no longer in use opens nothing any more. Backups made before still open as they did.</translation>
        </message>
        <message>
            <source>Re-key</source>
            <translation>Re-key</translation>
        </message>
        <message>
            <source>The office was re-keyed.</source>
            <translation>The office was re-keyed.</translation>
        </message>
        <message>
            <source>New recovery key</source>
            <translation>New recovery key</translation>
        </message>
        <message>
            <source>Make a new recovery key? The old key (the sealed sheet in the safe) stops opening the office and the backups made from now on. The new key is shown once: have the printer ready.</source>
            <translation>Make a new recovery key? The old key (the sealed sheet in the safe) stops opening the office and the backups made from now on. The new key is shown once: have the printer ready.</translation>
        </message>
        <message>
            <source>Make a new key</source>
            <translation>Make a new key</translation>
        </message>
        <message>
            <source>Backup folder: {folder}</source>
            <translation>Backup folder: {folder}</translation>
        </message>
        <message>
            <source>Writing the encrypted backup…</source>
            <translation>Writing the encrypted backup…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>The backup was written: {name}</source>
            <translation>The backup was written: {name}</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Choose the backup folder</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Select a backup in the list first.</source>
            <translation>Select a backup in the list first.</translation>
        </message>
        <message>
            <source>Replace ALL current records with the backup made {when}? Everything entered since then is no longer in the office (the replaced database is kept aside in the data folder).</source>
            <translation>Replace ALL current records with the backup made {when}? Everything entered since then is no longer in the office (the replaced database is kept aside in the data folder).</translation>
        </message>
        <message>
            <source>Confirm with your password to restore.</source>
            <translation>Confirm with your password to restore.</translation>
        </message>
        <message>
            <source>The backup {name} was restored.</source>
            <translation>The backup {name} was restored.</translation>
        </message>
    </context>
    <context>
        <name>BasicSection</name>
        <message>
            <source>boards at school</source>
            <translation>boards at school</translation>
        </message>
        <message>
            <source>day student</source>
            <translation>day student</translation>
        </message>
        <message>
            <source>dorm {dorm}</source>
            <translation>dorm {dorm}</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>no class</source>
            <translation>no class</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Lodging</source>
            <translation>Lodging</translation>
        </message>
        <message>
            <source>Class role</source>
            <translation>Class role</translation>
        </message>
        <message>
            <source>mental-health monitor of the class</source>
            <translation>mental-health monitor of the class</translation>
        </message>
    </context>
    <context>
        <name>BlocksTab</name>
        <message>
            <source>Remove the selected</source>
            <translation>Remove the selected</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>For:</translation>
        </message>
        <message>
            <source>From – to (empty: the whole day):</source>
            <translation>From – to (empty: the whole day):</translation>
        </message>
        <message>
            <source>e.g. training, repairs, school sports day</source>
            <translation>e.g. training, repairs, school sports day</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Block this time</source>
            <translation>Block this time</translation>
        </message>
        <message>
            <source>the whole office</source>
            <translation>the whole office</translation>
        </message>
        <message>
            <source>Room: {name}</source>
            <translation>Room: {name}</translation>
        </message>
        <message>
            <source>whole day</source>
            <translation>whole day</translation>
        </message>
        <message>
            <source>{day} {when} · {whom}</source>
            <translation>{day} {when} · {whom}</translation>
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message>
            <source>Book for the waiting request</source>
            <translation>Book for the waiting request</translation>
        </message>
        <message>
            <source>Book an appointment</source>
            <translation>Book an appointment</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>Student:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Counselor:</source>
            <translation>Counselor:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>Start:</translation>
        </message>
        <message>
            <source>Minutes:</source>
            <translation>Minutes:</translation>
        </message>
        <message>
            <source>Where:</source>
            <translation>Where:</translation>
        </message>
        <message>
            <source>Room:</source>
            <translation>Room:</translation>
        </message>
        <message>
            <source>Repeat:</source>
            <translation>Repeat:</translation>
        </message>
        <message>
            <source>once</source>
            <translation>once</translation>
        </message>
        <message>
            <source>Sessions:</source>
            <translation>Sessions:</translation>
        </message>
        <message>
            <source>How the student came:</source>
            <translation>How the student came:</translation>
        </message>
        <message>
            <source>(not stated)</source>
            <translation>(not stated)</translation>
        </message>
        <message>
            <source>Reason (confidential):</source>
            <translation>Reason (confidential):</translation>
        </message>
        <message>
            <source>Why more sessions than the semester's limit (only when the limit is reached)</source>
            <translation>Why more sessions than the semester's limit (only when the limit is reached)</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Book</translation>
        </message>
        <message>
            <source>Choose the student first: type a number, a name or pinyin initials.</source>
            <translation>Choose the student first: type a number, a name or pinyin initials.</translation>
        </message>
        <message>
            <source>Choose the counselor.</source>
            <translation>Choose the counselor.</translation>
        </message>
        <message>
            <source>{n} sessions: {days}</source>
            <translation>{n} sessions: {days}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Skipped (not a school day): {days}</source>
            <translation>Skipped (not a school day): {days}</translation>
        </message>
        <message>
            <source>{planned} is a day off: held on the make-up workday {held}</source>
            <translation>{planned} is a day off: held on the make-up workday {held}</translation>
        </message>
        <message>
            <source>A crisis never waits: it is booked over these conflicts.</source>
            <translation>A crisis never waits: it is booked over these conflicts.</translation>
        </message>
        <message>
            <source>No conflict: {start}–{end} is free.</source>
            <translation>No conflict: {start}–{end} is free.</translation>
        </message>
        <message>
            <source>This semester: {n} of {cap} sessions.</source>
            <translation>This semester: {n} of {cap} sessions.</translation>
        </message>
    </context>
    <context>
        <name>BureauDistrict</name>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Unit code</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Generated</translation>
        </message>
        <message>
            <source>District table, {period}</source>
            <translation>District table, {period}</translation>
        </message>
    </context>
    <context>
        <name>BureauExportDialog</name>
        <message>
            <source>Export for the education bureau</source>
            <translation>Export for the education bureau</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Building the report…</source>
            <translation>Building the report…</translation>
        </message>
        <message>
            <source>The report holds counts only: no names, student numbers, birth dates or notes; a group of fewer than 5 students is shown as &lt;5. It is written as a PDF and as a 7z package of data files, both encrypted with one new password that is shown once.</source>
            <translation>The report holds counts only: no names, student numbers, birth dates or notes; a group of fewer than 5 students is shown as &lt;5. It is written as a PDF and as a 7z package of data files, both encrypted with one new password that is shown once.</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>e.g. autumn semester report to the district education bureau</source>
            <translation>e.g. autumn semester report to the district education bureau</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>Purpose:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Files:</source>
            <translation>Files:</translation>
        </message>
        <message>
            <source>Write the password down or print the slip now: it is not stored anywhere and cannot be shown again. Send it separately from the files (on paper or by phone).</source>
            <translation>Write the password down or print the slip now: it is not stored anywhere and cannot be shown again. Send it separately from the files (on paper or by phone).</translation>
        </message>
        <message>
            <source>Print the password slip…</source>
            <translation>Print the password slip…</translation>
        </message>
        <message>
            <source>Folder for the bureau's files</source>
            <translation>Folder for the bureau's files</translation>
        </message>
        <message>
            <source>Report to the education bureau, {period}
Files: {pdf}, {package}
Password of both files: {password}
Open the PDF with any PDF reader, the 7z package with 7-Zip or WinRAR, with this password.</source>
            <translation>Report to the education bureau, {period}
Files: {pdf}, {package}
Password of both files: {password}
Open the PDF with any PDF reader, the 7z package with 7-Zip or WinRAR, with this password.</translation>
        </message>
    </context>
    <context>
        <name>BureauReport</name>
        <message>
            <source>Student mental-health work: report to the education bureau</source>
            <translation>Student mental-health work: report to the education bureau</translation>
        </message>
        <message>
            <source>Period: {period} ({start} to {end})</source>
            <translation>Period: {period} ({start} to {end})</translation>
        </message>
        <message>
            <source>Generated {time} by Counseling Office Desk {version}</source>
            <translation>Generated {time} by Counseling Office Desk {version}</translation>
        </message>
        <message>
            <source>Unit code: {code}</source>
            <translation>Unit code: {code}</translation>
        </message>
        <message>
            <source>De-identified: counts of students only; a count from 1 to 4 is shown as &lt;5 and a rate built on it as —. No names, student numbers, dates of birth or notes.</source>
            <translation>De-identified: counts of students only; a count from 1 to 4 is shown as &lt;5 and a rate built on it as —. No names, student numbers, dates of birth or notes.</translation>
        </message>
        <message>
            <source>In the charts a count shown as &lt;5 (1 to 4 students) is a hatched bar or an open marker on a grey stroke reaching 4, the most it can be, never 0; a rate shown as — is not drawn.</source>
            <translation>In the charts a count shown as &lt;5 (1 to 4 students) is a hatched bar or an open marker on a grey stroke reaching 4, the most it can be, never 0; a rate shown as — is not drawn.</translation>
        </message>
        <message>
            <source>Some other numbers are hidden as well, shown as *, so that a count below 5 cannot be worked out from the totals; the charts do not draw them.</source>
            <translation>Some other numbers are hidden as well, shown as *, so that a count below 5 cannot be worked out from the totals; the charts do not draw them.</translation>
        </message>
        <message>
            <source>Counselors (full-time and part-time) are counted as the staff register stood on {day}: the register keeps no dates of employment, so a report on an earlier period counts the staff of that day.</source>
            <translation>Counselors (full-time and part-time) are counted as the staff register stood on {day}: the register keeps no dates of employment, so a report on an earlier period counts the staff of that day.</translation>
        </message>
        <message>
            <source>No records in this period.</source>
            <translation>No records in this period.</translation>
        </message>
        <message>
            <source>Not recorded with this version of the application.</source>
            <translation>Not recorded with this version of the application.</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>with data</source>
            <translation>with data</translation>
        </message>
        <message>
            <source>Sections without data: {sections}</source>
            <translation>Sections without data: {sections}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>{year} school year, semester {number}</source>
            <translation>{year} school year, semester {number}</translation>
        </message>
        <message>
            <source>{year} school year</source>
            <translation>{year} school year</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Students</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>The §19 indicators</source>
            <translation>The §19 indicators</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Records counted</source>
            <translation>Records counted</translation>
        </message>
        <message>
            <source>Falling short</source>
            <translation>Falling short</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Risk levels by grade and month</source>
            <translation>Risk levels by grade and month</translation>
        </message>
        <message>
            <source>New watch-list entries by grade and risk level</source>
            <translation>New watch-list entries by grade and risk level</translation>
        </message>
        <message>
            <source>New watch-list entries by month and risk level</source>
            <translation>New watch-list entries by month and risk level</translation>
        </message>
        <message>
            <source>New entries by grade and risk level</source>
            <translation>New entries by grade and risk level</translation>
        </message>
        <message>
            <source>New entries by month and risk level</source>
            <translation>New entries by month and risk level</translation>
        </message>
        <message>
            <source>Screening coverage and positive rates by grade</source>
            <translation>Screening coverage and positive rates by grade</translation>
        </message>
        <message>
            <source>Screening by grade (campaigns of the school year)</source>
            <translation>Screening by grade (campaigns of the school year)</translation>
        </message>
        <message>
            <source>To screen</source>
            <translation>To screen</translation>
        </message>
        <message>
            <source>Screened</source>
            <translation>Screened</translation>
        </message>
        <message>
            <source>Coverage %</source>
            <translation>Coverage %</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Positive</translation>
        </message>
        <message>
            <source>Positive rate %</source>
            <translation>Positive rate %</translation>
        </message>
        <message>
            <source>Coverage and positive rate, %</source>
            <translation>Coverage and positive rate, %</translation>
        </message>
        <message>
            <source>Watch-list entries by source and outcome</source>
            <translation>Watch-list entries by source and outcome</translation>
        </message>
        <message>
            <source>still open</source>
            <translation>still open</translation>
        </message>
        <message>
            <source>New entries by source</source>
            <translation>New entries by source</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>New entries by outcome</source>
            <translation>New entries by outcome</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Leaves and returns</source>
            <translation>Leaves and returns</translation>
        </message>
        <message>
            <source>Status changes in the register by month</source>
            <translation>Status changes in the register by month</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Leave</translation>
        </message>
        <message>
            <source>Suspension</source>
            <translation>Suspension</translation>
        </message>
        <message>
            <source>Back at school</source>
            <translation>Back at school</translation>
        </message>
        <message>
            <source>Courses, family guidance, publicity and training</source>
            <translation>Courses, family guidance, publicity and training</translation>
        </message>
        <message>
            <source>Mental-health lesson periods</source>
            <translation>Mental-health lesson periods</translation>
        </message>
        <message>
            <source>Family guidance activities</source>
            <translation>Family guidance activities</translation>
        </message>
        <message>
            <source>Parents expected at them</source>
            <translation>Parents expected at them</translation>
        </message>
        <message>
            <source>Parents present</source>
            <translation>Parents present</translation>
        </message>
        <message>
            <source>Publicity activities</source>
            <translation>Publicity activities</translation>
        </message>
        <message>
            <source>Trainings taken by staff</source>
            <translation>Trainings taken by staff</translation>
        </message>
        <message>
            <source>Training hours</source>
            <translation>Training hours</translation>
        </message>
        <message>
            <source>Supervision sessions</source>
            <translation>Supervision sessions</translation>
        </message>
        <message>
            <source>Full-time counselors</source>
            <translation>Full-time counselors</translation>
        </message>
        <message>
            <source>Part-time counselors</source>
            <translation>Part-time counselors</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Referrals and receipts</source>
            <translation>Referrals and receipts</translation>
        </message>
        <message>
            <source>receipts overdue</source>
            <translation>receipts overdue</translation>
        </message>
        <message>
            <source>Crisis incidents by type</source>
            <translation>Crisis incidents by type</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Counseling appointments per month</source>
            <translation>Counseling appointments per month</translation>
        </message>
        <message>
            <source>Review meetings held</source>
            <translation>Review meetings held</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <source>No header row was found: the file needs the columns 日期 (date) and 类型 (放假 or 补班), and may have 名称 (name).</source>
            <translation>No header row was found: the file needs the columns 日期 (date) and 类型 (放假 or 补班), and may have 名称 (name).</translation>
        </message>
        <message>
            <source>No sheet of the workbook has a header row with the columns 日期 (date) and 类型 (放假 or 补班). Its sheets: {sheets}.</source>
            <translation>No sheet of the workbook has a header row with the columns 日期 (date) and 类型 (放假 or 补班). Its sheets: {sheets}.</translation>
        </message>
        <message>
            <source>The file holds no days to import.</source>
            <translation>The file holds no days to import.</translation>
        </message>
        <message>
            <source>The same date is already in row {lines}; that row counts.</source>
            <translation>The same date is already in row {lines}; that row counts.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Type (放假 or 补班)</source>
            <translation>Type (放假 or 补班)</translation>
        </message>
        <message>
            <source>Name of the day</source>
            <translation>Name of the day</translation>
        </message>
        <message>
            <source>unknown type (use 放假, 补班 or 上班)</source>
            <translation>unknown type (use 放假, 补班 or 上班)</translation>
        </message>
        <message>
            <source>the year must be between 2000 and 2100</source>
            <translation>the year must be between 2000 and 2100</translation>
        </message>
        <message>
            <source>this day is a workday anyway (a make-up workday falls on a Saturday or Sunday)</source>
            <translation>this day is a workday anyway (a make-up workday falls on a Saturday or Sunday)</translation>
        </message>
        <message>
            <source>First semester</source>
            <translation>First semester</translation>
        </message>
        <message>
            <source>Second semester</source>
            <translation>Second semester</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>Workday</source>
            <translation>Workday</translation>
        </message>
        <message>
            <source>Weekend</source>
            <translation>Weekend</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>Holiday</translation>
        </message>
        <message>
            <source>Make-up workday</source>
            <translation>Make-up workday</translation>
        </message>
        <message>
            <source>built-in calendar</source>
            <translation>built-in calendar</translation>
        </message>
        <message>
            <source>entered by the office</source>
            <translation>entered by the office</translation>
        </message>
        <message>
            <source>{name} make-up</source>
            <translation>{name} make-up</translation>
        </message>
        <message>
            <source>Day off</source>
            <translation>Day off</translation>
        </message>
        <message>
            <source>Make-up</source>
            <translation>Make-up</translation>
        </message>
        <message>
            <source>{day} · today</source>
            <translation>{day} · today</translation>
        </message>
        <message>
            <source>outside the semesters</source>
            <translation>outside the semesters</translation>
        </message>
        <message>
            <source>today</source>
            <translation>today</translation>
        </message>
    </context>
    <context>
        <name>CalendarImportDialog</name>
        <message>
            <source>Import holidays and make-up workdays</source>
            <translation>Import holidays and make-up workdays</translation>
        </message>
        <message>
            <source>{count} day(s) imported for {years}.</source>
            <translation>{count} day(s) imported for {years}.</translation>
        </message>
        <message>
            <source>{count} invalid row(s) left out.</source>
            <translation>{count} invalid row(s) left out.</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>School years and semesters</source>
            <translation>School years and semesters</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>School year</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Add school year…</source>
            <translation>Add school year…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Holidays and make-up workdays</source>
            <translation>Holidays and make-up workdays</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Previous month</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Next month</translation>
        </message>
        <message>
            <source>Add holiday or make-up workday…</source>
            <translation>Add holiday or make-up workday…</translation>
        </message>
        <message>
            <source>Remove the office's entry</source>
            <translation>Remove the office's entry</translation>
        </message>
        <message>
            <source>Import from file…</source>
            <translation>Import from file…</translation>
        </message>
        <message>
            <source>A csv or xlsx file with the columns 日期, 类型 (放假 or 补班) and 名称.</source>
            <translation>A csv or xlsx file with the columns 日期, 类型 (放假 or 补班) and 名称.</translation>
        </message>
        <message>
            <source>No school year yet. Add one to see its calendar.</source>
            <translation>No school year yet. Add one to see its calendar.</translation>
        </message>
        <message>
            <source>{semester} ({dates})</source>
            <translation>{semester} ({dates})</translation>
        </message>
        <message>
            <source>Whole school year</source>
            <translation>Whole school year</translation>
        </message>
        <message>
            <source>{semester} {count}</source>
            <translation>{semester} {count}</translation>
        </message>
        <message>
            <source>{month}/{year}</source>
            <translation>{month}/{year}</translation>
        </message>
        <message>
            <source>{year} is not covered by the built-in holiday calendar. The {count} day(s) entered by the office are used; check them against the State Council's notice.</source>
            <translation>{year} is not covered by the built-in holiday calendar. The {count} day(s) entered by the office are used; check them against the State Council's notice.</translation>
        </message>
        <message>
            <source>&lt;span style='background:#fde2e1;color:#b3261e'&gt;&amp;nbsp;Holiday&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style='background:#dbeafe;color:#1d4ed8'&gt;&amp;nbsp;Make-up workday&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style='background:#eef1f4'&gt;&amp;nbsp;Weekend&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;b&gt;bold&lt;/b&gt;: entered by the office &amp;nbsp; &lt;span style='color:#9aa5b1'&gt;grey&lt;/span&gt;: outside the semesters &amp;nbsp; &lt;span style='color:#2f6fae'&gt;&lt;b&gt;blue frame&lt;/b&gt;&lt;/span&gt;: today</source>
            <translation>&lt;span style='background:#fde2e1;color:#b3261e'&gt;&amp;nbsp;Holiday&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style='background:#dbeafe;color:#1d4ed8'&gt;&amp;nbsp;Make-up workday&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style='background:#eef1f4'&gt;&amp;nbsp;Weekend&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;b&gt;bold&lt;/b&gt;: entered by the office &amp;nbsp; &lt;span style='color:#9aa5b1'&gt;grey&lt;/span&gt;: outside the semesters &amp;nbsp; &lt;span style='color:#2f6fae'&gt;&lt;b&gt;blue frame&lt;/b&gt;&lt;/span&gt;: today</translation>
        </message>
        <message>
            <source>School days: {list}</source>
            <translation>School days: {list}</translation>
        </message>
        <message>
            <source>{year} is not covered by the built-in holiday calendar yet. Enter or import that year's holidays and make-up workdays (from the State Council's notice); until then only Saturdays and Sundays count as days off.</source>
            <translation>{year} is not covered by the built-in holiday calendar yet. Enter or import that year's holidays and make-up workdays (from the State Council's notice); until then only Saturdays and Sundays count as days off.</translation>
        </message>
        <message>
            <source>Remove the office's entry for {day}? The built-in calendar (or the usual week) applies to that day again.</source>
            <translation>Remove the office's entry for {day}? The built-in calendar (or the usual week) applies to that day again.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>CampaignDialog</name>
        <message>
            <source>New screening campaign</source>
            <translation>New screening campaign</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>e.g. Grade 7 mental-health screening, autumn 2026</source>
            <translation>e.g. Grade 7 mental-health screening, autumn 2026</translation>
        </message>
        <message>
            <source>Scale:</source>
            <translation>Scale:</translation>
        </message>
        <message>
            <source>Grades and classes:</source>
            <translation>Grades and classes:</translation>
        </message>
        <message>
            <source>First day:</source>
            <translation>First day:</translation>
        </message>
        <message>
            <source>Last day:</source>
            <translation>Last day:</translation>
        </message>
        <message>
            <source>Every student of the chosen grades and classes who is in school becomes 'due'. Tick a whole grade, or single classes.</source>
            <translation>Every student of the chosen grades and classes who is in school becomes 'due'. Tick a whole grade, or single classes.</translation>
        </message>
        <message>
            <source>{grade} (whole grade)</source>
            <translation>{grade} (whole grade)</translation>
        </message>
        <message>
            <source>Note: {warning}</source>
            <translation>Note: {warning}</translation>
        </message>
        <message>
            <source>Give the campaign a name.</source>
            <translation>Give the campaign a name.</translation>
        </message>
        <message>
            <source>Tick the grades or classes the campaign screens.</source>
            <translation>Tick the grades or classes the campaign screens.</translation>
        </message>
        <message>
            <source>The last day comes before the first.</source>
            <translation>The last day comes before the first.</translation>
        </message>
    </context>
    <context>
        <name>ChangesTab</name>
        <message>
            <source>Waiting for my answer</source>
            <translation>Waiting for my answer</translation>
        </message>
        <message>
            <source>Waiting for the head's approval</source>
            <translation>Waiting for the head's approval</translation>
        </message>
        <message>
            <source>All open requests</source>
            <translation>All open requests</translation>
        </message>
        <message>
            <source>All requests</source>
            <translation>All requests</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accept</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>Decline</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Do not approve</source>
            <translation>Do not approve</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Asked by</translation>
        </message>
        <message>
            <source>In exchange for</source>
            <translation>In exchange for</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Duty</source>
            <translation>Duty</translation>
        </message>
        <message>
            <source>Colleague or replacement</source>
            <translation>Colleague or replacement</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Asked on</translation>
        </message>
        <message>
            <source>{shown} request(s) shown · {total} in all</source>
            <translation>{shown} request(s) shown · {total} in all</translation>
        </message>
        <message>
            <source>Swap accepted: it now waits for the office head's approval.</source>
            <translation>Swap accepted: it now waits for the office head's approval.</translation>
        </message>
        <message>
            <source>Swap declined.</source>
            <translation>Swap declined.</translation>
        </message>
        <message>
            <source>Request withdrawn.</source>
            <translation>Request withdrawn.</translation>
        </message>
        <message>
            <source>Approved: the roster has changed.</source>
            <translation>Approved: the roster has changed.</translation>
        </message>
        <message>
            <source>Not approved: the roster stays as it was.</source>
            <translation>Not approved: the roster stays as it was.</translation>
        </message>
    </context>
    <context>
        <name>ClassDialog</name>
        <message>
            <source>New class</source>
            <translation>New class</translation>
        </message>
        <message>
            <source>Rename class</source>
            <translation>Rename class</translation>
        </message>
        <message>
            <source>e.g. 3班 or 七年级(3)班</source>
            <translation>e.g. 3班 or 七年级(3)班</translation>
        </message>
        <message>
            <source>e.g. 软件工程2301班</source>
            <translation>e.g. 软件工程2301班</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>Department:</translation>
        </message>
        <message>
            <source>Grade:</source>
            <translation>Grade:</translation>
        </message>
        <message>
            <source>Class:</source>
            <translation>Class:</translation>
        </message>
    </context>
    <context>
        <name>ClassRoster</name>
        <message>
            <source>Class list</source>
            <translation>Class list</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Head teacher</source>
            <translation>Head teacher</translation>
        </message>
        <message>
            <source>Instructor</source>
            <translation>Instructor</translation>
        </message>
        <message>
            <source>Mental-health monitors</source>
            <translation>Mental-health monitors</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Enrolled</translation>
        </message>
        <message>
            <source>{count} students</source>
            <translation>{count} students</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Printed on</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Boarding / day</source>
            <translation>Boarding / day</translation>
        </message>
        <message>
            <source>Guardians and phones</source>
            <translation>Guardians and phones</translation>
        </message>
        <message>
            <source>No student is enrolled in this class.</source>
            <translation>No student is enrolled in this class.</translation>
        </message>
        <message>
            <source>Compiled by</source>
            <translation>Compiled by</translation>
        </message>
        <message>
            <source>boarder</source>
            <translation>boarder</translation>
        </message>
        <message>
            <source>day</source>
            <translation>day</translation>
        </message>
        <message>
            <source>{name} ({relation}) {phone}</source>
            <translation>{name} ({relation}) {phone}</translation>
        </message>
    </context>
    <context>
        <name>ClassesPage</name>
        <message>
            <source>New class…</source>
            <translation>New class…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <source>Print list…</source>
            <translation>Print list…</translation>
        </message>
        <message>
            <source>Print the class list: the enrolled students with their guardians' phones.</source>
            <translation>Print the class list: the enrolled students with their guardians' phones.</translation>
        </message>
        <message>
            <source>Year rollover…</source>
            <translation>Year rollover…</translation>
        </message>
        <message>
            <source>Once a year: every class moves up one grade and the top grade graduates, after an automatic backup.</source>
            <translation>Once a year: every class moves up one grade and the top grade graduates, after an automatic backup.</translation>
        </message>
        <message>
            <source>Show archived classes</source>
            <translation>Show archived classes</translation>
        </message>
        <message>
            <source>Only classes without head teacher or mental-health monitor</source>
            <translation>Only classes without head teacher or mental-health monitor</translation>
        </message>
        <message>
            <source>Class list</source>
            <translation>Class list</translation>
        </message>
        <message>
            <source>class-list-{klass}</source>
            <translation>class-list-{klass}</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (archived)</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Enrolled</translation>
        </message>
        <message>
            <source>Grade leader</source>
            <translation>Grade leader</translation>
        </message>
        <message>
            <source>Head teacher</source>
            <translation>Head teacher</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— none —</translation>
        </message>
        <message>
            <source>Mental-health monitors</source>
            <translation>Mental-health monitors</translation>
        </message>
        <message>
            <source>Click a column header to sort.</source>
            <translation>Click a column header to sort.</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Department head</source>
            <translation>Department head</translation>
        </message>
        <message>
            <source>Instructor</source>
            <translation>Instructor</translation>
        </message>
        <message>
            <source>Only classes without instructor or mental-health monitor</source>
            <translation>Only classes without instructor or mental-health monitor</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>All grades</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>All departments</translation>
        </message>
        <message>
            <source>{classes} classes, {students} enrolled students</source>
            <translation>{classes} classes, {students} enrolled students</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Archive {klass}? It is no longer offered for students; its history stays.</source>
            <translation>Archive {klass}? It is no longer offered for students; its history stays.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Repeat it:</source>
            <translation>Repeat it:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Note: your password was given to you by the office head. Set your own with "counselor-app passwd".</source>
            <translation>Note: your password was given to you by the office head. Set your own with "counselor-app passwd".</translation>
        </message>
        <message>
            <source>Password for the new office head:</source>
            <translation>Password for the new office head:</translation>
        </message>
        <message>
            <source>The office was created in {path}.</source>
            <translation>The office was created in {path}.</translation>
        </message>
        <message>
            <source>y</source>
            <translation>y</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>RECOVERY KEY (shown only this once):</source>
            <translation>RECOVERY KEY (shown only this once):</translation>
        </message>
        <message>
            <source>Write it down or print it, seal it in an envelope and keep it in the office safe. It unlocks the office when every password is forgotten; anyone who holds it can read the records.</source>
            <translation>Write it down or print it, seal it in an envelope and keep it in the office safe. It unlocks the office when every password is forgotten; anyone who holds it can read the records.</translation>
        </message>
        <message>
            <source>A demo office with {count} synthetic students was created in {path}.</source>
            <translation>A demo office with {count} synthetic students was created in {path}.</translation>
        </message>
        <message>
            <source>  login {login} ({role}), password {password}</source>
            <translation>  login {login} ({role}), password {password}</translation>
        </message>
        <message>
            <source>office head: make the key slots match the accounts again (re-keying the office), then check again</source>
            <translation>office head: make the key slots match the accounts again (re-keying the office), then check again</translation>
        </message>
        <message>
            <source>Nothing to repair in the key slots. What is listed below cannot be repaired here: a missing recovery key slot needs a new recovery key (counselor-app recovery rotate); damaged pages or records need a backup restored; the audit trail's findings are evidence.</source>
            <translation>Nothing to repair in the key slots. What is listed below cannot be repaired here: a missing recovery key slot needs a new recovery key (counselor-app recovery rotate); damaged pages or records need a backup restored; the audit trail's findings are evidence.</translation>
        </message>
        <message>
            <source>Repaired: {slots} key slot(s) without an active account removed, the office re-keyed.</source>
            <translation>Repaired: {slots} key slot(s) without an active account removed, the office re-keyed.</translation>
        </message>
        <message>
            <source>Repaired: {count} account(s) without a key slot deactivated (reactivate them with a new first password: counselor-app user reactivate).</source>
            <translation>Repaired: {count} account(s) without a key slot deactivated (reactivate them with a new first password: counselor-app user reactivate).</translation>
        </message>
        <message>
            <source>Integrity check FAILED: {count} problem(s).</source>
            <translation>Integrity check FAILED: {count} problem(s).</translation>
        </message>
        <message>
            <source>Integrity check passed (SQLCipher page check, SQLite integrity check, foreign keys).</source>
            <translation>Integrity check passed (SQLCipher page check, SQLite integrity check, foreign keys).</translation>
        </message>
        <message>
            <source>Audit trail BROKEN at row {row}.</source>
            <translation>Audit trail BROKEN at row {row}.</translation>
        </message>
        <message>
            <source>Audit trail NOT confirmed: see the problems above.</source>
            <translation>Audit trail NOT confirmed: see the problems above.</translation>
        </message>
        <message>
            <source>Audit trail intact: {count} rows.</source>
            <translation>Audit trail intact: {count} rows.</translation>
        </message>
        <message>
            <source>Audit chain head: {hash}</source>
            <translation>Audit chain head: {hash}</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>Backup written: {path}</translation>
        </message>
        <message>
            <source>Restored the backup {name}. The replaced database was kept in the data folder.</source>
            <translation>Restored the backup {name}. The replaced database was kept in the data folder.</translation>
        </message>
        <message>
            <source>Restored the backup {name} into the new data folder {folder}.</source>
            <translation>Restored the backup {name} into the new data folder {folder}.</translation>
        </message>
        <message>
            <source>the old password may be known to someone: re-key the office at once, so that it opens nothing, not even with an old copy of the key-slot file (every backup holds one)</source>
            <translation>the old password may be known to someone: re-key the office at once, so that it opens nothing, not even with an old copy of the key-slot file (every backup holds one)</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>Current password:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <source>May the old password be known to someone? Then the office is re-keyed so that it opens nothing any more. [y/N]</source>
            <translation>May the old password be known to someone? Then the office is re-keyed so that it opens nothing any more. [y/N]</translation>
        </message>
        <message>
            <source>The password was changed and the old one revoked: the office was re-keyed, so the old password opens nothing, also not with an old copy of the key-slot file.</source>
            <translation>The password was changed and the old one revoked: the office was re-keyed, so the old password opens nothing, also not with an old copy of the key-slot file.</translation>
        </message>
        <message>
            <source>The password was changed.</source>
            <translation>The password was changed.</translation>
        </message>
        <message>
            <source>Recovery key:</source>
            <translation>Recovery key:</translation>
        </message>
        <message>
            <source>A new password was set for {login}.</source>
            <translation>A new password was set for {login}.</translation>
        </message>
        <message>
            <source>WARNING: this key opens every record of the office. Do not save it in a file, do not send it; this export was recorded in the audit trail.</source>
            <translation>WARNING: this key opens every record of the office. Do not save it in a file, do not send it; this export was recorded in the audit trail.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>deactivated</translation>
        </message>
        <message>
            <source>First password of the new user:</source>
            <translation>First password of the new user:</translation>
        </message>
        <message>
            <source>The account {login} was added.</source>
            <translation>The account {login} was added.</translation>
        </message>
        <message>
            <source>The account {login} was deactivated.</source>
            <translation>The account {login} was deactivated.</translation>
        </message>
        <message>
            <source>New first password of the user:</source>
            <translation>New first password of the user:</translation>
        </message>
        <message>
            <source>The account {login} was reactivated.</source>
            <translation>The account {login} was reactivated.</translation>
        </message>
        <message>
            <source>row {line}: {reasons}</source>
            <translation>row {line}: {reasons}</translation>
        </message>
        <message>
            <source>import a roster or screening results (xlsx, xls or csv)</source>
            <translation>import a roster or screening results (xlsx, xls or csv)</translation>
        </message>
        <message>
            <source>Sheet read: {sheet} (choose another with --sheet).</source>
            <translation>Sheet read: {sheet} (choose another with --sheet).</translation>
        </message>
        <message>
            <source>Checked, nothing written: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
            <translation>Checked, nothing written: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</translation>
        </message>
        <message>
            <source>{count} row(s) are not valid, so nothing was imported. Correct them, or run again with --skip-invalid.</source>
            <translation>{count} row(s) are not valid, so nothing was imported. Correct them, or run again with --skip-invalid.</translation>
        </message>
        <message>
            <source>Nothing was imported: every row of the file is invalid ({rejected}).</source>
            <translation>Nothing was imported: every row of the file is invalid ({rejected}).</translation>
        </message>
        <message>
            <source>Imported: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
            <translation>Imported: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</translation>
        </message>
        <message>
            <source>Student numbers corrected: {renumbered}; rows skipped: {skipped}.</source>
            <translation>Student numbers corrected: {renumbered}; rows skipped: {skipped}.</translation>
        </message>
        <message>
            <source>Row(s) {lines} cannot take the corrected number (see above): choose --likely-same new or skip.</source>
            <translation>Row(s) {lines} cannot take the corrected number (see above): choose --likely-same new or skip.</translation>
        </message>
        <message>
            <source>{count} row(s) look like students in the register under another student number (see above): choose with --likely-same renumber (correct their numbers), new (import them as new students) or skip.</source>
            <translation>{count} row(s) look like students in the register under another student number (see above): choose with --likely-same renumber (correct their numbers), new (import them as new students) or skip.</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Nothing was imported.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>New departments: {names}.</source>
            <translation>New departments: {names}.</translation>
        </message>
        <message>
            <source>New grades: {names}.</source>
            <translation>New grades: {names}.</translation>
        </message>
        <message>
            <source>New classes: {names}.</source>
            <translation>New classes: {names}.</translation>
        </message>
        <message>
            <source>export the register, the watch list, screening results or the duty roster to xlsx</source>
            <translation>export the register, the watch list, screening results or the duty roster to xlsx</translation>
        </message>
        <message>
            <source>Exported {count} student(s).</source>
            <translation>Exported {count} student(s).</translation>
        </message>
        <message>
            <source>Year rollover into the school year {year}:</source>
            <translation>Year rollover into the school year {year}:</translation>
        </message>
        <message>
            <source>to {grade} {klass}</source>
            <translation>to {grade} {klass}</translation>
        </message>
        <message>
            <source>stays</source>
            <translation>stays</translation>
        </message>
        <message>
            <source>graduates (kept in {grade})</source>
            <translation>graduates (kept in {grade})</translation>
        </message>
        <message>
            <source>one year further, stays in {grade}</source>
            <translation>one year further, stays in {grade}</translation>
        </message>
        <message>
            <source>graduates, archived as {klass}</source>
            <translation>graduates, archived as {klass}</translation>
        </message>
        <message>
            <source>{id}	{grade} {klass}	{what}	{count} student(s)</source>
            <translation>{id}	{grade} {klass}	{what}	{count} student(s)</translation>
        </message>
        <message>
            <source>Warning: {message}</source>
            <translation>Warning: {message}</translation>
        </message>
        <message>
            <source>Note: {message}</source>
            <translation>Note: {message}</translation>
        </message>
        <message>
            <source>Problem: {message}</source>
            <translation>Problem: {message}</translation>
        </message>
        <message>
            <source>{promoted} class(es) move up, {classes} class(es) graduate with {students} enrolled student(s).</source>
            <translation>{promoted} class(es) move up, {classes} class(es) graduate with {students} enrolled student(s).</translation>
        </message>
        <message>
            <source>Nothing was changed: solve the problems first.</source>
            <translation>Nothing was changed: solve the problems first.</translation>
        </message>
        <message>
            <source>Checked, nothing written: {summary}</source>
            <translation>Checked, nothing written: {summary}</translation>
        </message>
        <message>
            <source>Nothing was changed: read the plan above (or run with --dry-run), then run again with --yes to apply it.</source>
            <translation>Nothing was changed: read the plan above (or run with --dry-run), then run again with --yes to apply it.</translation>
        </message>
        <message>
            <source>Rolled over into {year}: {summary}</source>
            <translation>Rolled over into {year}: {summary}</translation>
        </message>
        <message>
            <source>The backup taken before it: {path}. To undo the rollover, restore that backup (counselor-app restore --from …).</source>
            <translation>The backup taken before it: {path}. To undo the rollover, restore that backup (counselor-app restore --from …).</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>usage: </translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>positional arguments</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>show this help message and exit</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unrecognized arguments: %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>the following arguments are required: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>one of the arguments %s is required</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>not allowed with argument %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>ignored explicit argument %r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>expected one argument</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>expected at most one argument</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>expected at least one argument</translation>
        </message>
        <message>
            <source>expected %s argument(s)</source>
            <translation>expected %s argument(s)</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>ambiguous option: %(option)s could match %(matches)s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>unexpected option string: %s</translation>
        </message>
        <message>
            <source>invalid value: %(value)r</source>
            <translation>invalid value: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
        </message>
        <message>
            <source>unknown command %(parser_name)r (choose from %(choices)s)</source>
            <translation>unknown command %(parser_name)r (choose from %(choices)s)</translation>
        </message>
        <message>
            <source>{heading}:</source>
            <translation>{heading}:</translation>
        </message>
        <message>
            <source>the office's data folder</source>
            <translation>the office's data folder</translation>
        </message>
        <message>
            <source>language of messages</source>
            <translation>language of messages</translation>
        </message>
        <message>
            <source>your login</source>
            <translation>your login</translation>
        </message>
        <message>
            <source>read the password from standard input</source>
            <translation>read the password from standard input</translation>
        </message>
        <message>
            <source>Counseling Office Desk. Without a command, the application starts.</source>
            <translation>Counseling Office Desk. Without a command, the application starts.</translation>
        </message>
        <message>
            <source>show the program's version number and exit</source>
            <translation>show the program's version number and exit</translation>
        </message>
        <message>
            <source>“{name}” is a command, but it stands where the data folder belongs: write --data-dir and the folder, then the command; for a folder called {name}, write --data-dir ./{name}</source>
            <translation>“{name}” is a command, but it stands where the data folder belongs: write --data-dir and the folder, then the command; for a folder called {name}, write --data-dir ./{name}</translation>
        </message>
        <message>
            <source>create a new office</source>
            <translation>create a new office</translation>
        </message>
        <message>
            <source>unit name printed on forms (default: the school name)</source>
            <translation>unit name printed on forms (default: the school name)</translation>
        </message>
        <message>
            <source>create a demo office with synthetic students</source>
            <translation>create a demo office with synthetic students</translation>
        </message>
        <message>
            <source>check integrity and the audit chain</source>
            <translation>check integrity and the audit chain</translation>
        </message>
        <message>
            <source>write an encrypted backup</source>
            <translation>write an encrypted backup</translation>
        </message>
        <message>
            <source>backup folder (default: the configured one)</source>
            <translation>backup folder (default: the configured one)</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>restore a backup</translation>
        </message>
        <message>
            <source>change your password (two lines: old, new)</source>
            <translation>change your password (two lines: old, new)</translation>
        </message>
        <message>
            <source>set a new password with the recovery key (two lines: key, new password)</source>
            <translation>set a new password with the recovery key (two lines: key, new password)</translation>
        </message>
        <message>
            <source>print the raw database key (needs the recovery key)</source>
            <translation>print the raw database key (needs the recovery key)</translation>
        </message>
        <message>
            <source>rows with a new student number but the name, birth date and class of a student in the register: correct that student's number, import them as new students, or skip them</source>
            <translation>rows with a new student number but the name, birth date and class of a student in the register: correct that student's number, import them as new students, or skip them</translation>
        </message>
        <message>
            <source>year rollover: every class moves up one grade, the top grade graduates</source>
            <translation>year rollover: every class moves up one grade, the top grade graduates</translation>
        </message>
        <message>
            <source>the student roster</source>
            <translation>the student roster</translation>
        </message>
        <message>
            <source>the staff roster</source>
            <translation>the staff roster</translation>
        </message>
        <message>
            <source>the sheet of a workbook (default: the first)</source>
            <translation>the sheet of a workbook (default: the first)</translation>
        </message>
        <message>
            <source>check only, write nothing</source>
            <translation>check only, write nothing</translation>
        </message>
        <message>
            <source>import the valid rows and report the others</source>
            <translation>import the valid rows and report the others</translation>
        </message>
        <message>
            <source>show the plan only, write nothing</source>
            <translation>show the plan only, write nothing</translation>
        </message>
        <message>
            <source>apply the plan (without it the command only shows the plan)</source>
            <translation>apply the plan (without it the command only shows the plan)</translation>
        </message>
        <message>
            <source>the classes that graduate, by the ID --dry-run shows (replaces the default choice; the top grade of a K-12 school always graduates)</source>
            <translation>the classes that graduate, by the ID --dry-run shows (replaces the default choice; the top grade of a K-12 school always graduates)</translation>
        </message>
        <message>
            <source>the new school year (default: the next one)</source>
            <translation>the new school year (default: the next one)</translation>
        </message>
        <message>
            <source>usual years of study for classes named by entry year (default: 4 at universities, 3 at vocational schools)</source>
            <translation>usual years of study for classes named by entry year (default: 4 at universities, 3 at vocational schools)</translation>
        </message>
        <message>
            <source>manage accounts (office head)</source>
            <translation>manage accounts (office head)</translation>
        </message>
        <message>
            <source>list accounts</source>
            <translation>list accounts</translation>
        </message>
        <message>
            <source>add an account (its first password on the next input line)</source>
            <translation>add an account (its first password on the next input line)</translation>
        </message>
        <message>
            <source>deactivate an account</source>
            <translation>deactivate an account</translation>
        </message>
        <message>
            <source>reactivate an account (its new first password on the next input line)</source>
            <translation>reactivate an account (its new first password on the next input line)</translation>
        </message>
        <message>
            <source>Error: {message}</source>
            <translation>Error: {message}</translation>
        </message>
        <message>
            <source>Unexpected error ({kind}, reference {code}). Nothing was changed that had not been confirmed. A report without personal data was written to {folder}; please give the reference to whoever looks after the program.</source>
            <translation>Unexpected error ({kind}, reference {code}). Nothing was changed that had not been confirmed. A report without personal data was written to {folder}; please give the reference to whoever looks after the program.</translation>
        </message>
        <message>
            <source>the record to print (its number in the application; a referral, a leave or a crisis incident also by the number on its form, 2026-007)</source>
            <translation>the record to print (its number in the application; a referral, a leave or a crisis incident also by the number on its form, 2026-007)</translation>
        </message>
        <message>
            <source>the month the document covers</source>
            <translation>the month the document covers</translation>
        </message>
        <message>
            <source>the student, by student number</source>
            <translation>the student, by student number</translation>
        </message>
        <message>
            <source>the first day of the period</source>
            <translation>the first day of the period</translation>
        </message>
        <message>
            <source>the last day of the period</source>
            <translation>the last day of the period</translation>
        </message>
        <message>
            <source>the class, as written on the classes page</source>
            <translation>the class, as written on the classes page</translation>
        </message>
        <message>
            <source>the student's watch-list entry, by the number on its sheets, 2026-007 (default: the open entry, else the latest)</source>
            <translation>the student's watch-list entry, by the number on its sheets, 2026-007 (default: the open entry, else the latest)</translation>
        </message>
        <message>
            <source>the grade, as written on the classes page</source>
            <translation>the grade, as written on the classes page</translation>
        </message>
        <message>
            <source>the screening campaign, by its number or its name</source>
            <translation>the screening campaign, by its number or its name</translation>
        </message>
        <message>
            <source>add the annex naming the students, on a page of its own (recorded in the audit trail)</source>
            <translation>add the annex naming the students, on a page of its own (recorded in the audit trail)</translation>
        </message>
        <message>
            <source>the counselor, by login</source>
            <translation>the counselor, by login</translation>
        </message>
        <message>
            <source>a day of the week to print</source>
            <translation>a day of the week to print</translation>
        </message>
        <message>
            <source>print students' full names and numbers (masked by default; recorded in the audit trail)</source>
            <translation>print students' full names and numbers (masked by default; recorded in the audit trail)</translation>
        </message>
        <message>
            <source>the document (see --list)</source>
            <translation>the document (see --list)</translation>
        </message>
        <message>
            <source>list the documents you may print, with their options</source>
            <translation>list the documents you may print, with their options</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>the PDF file to write</translation>
        </message>
        <message>
            <source>print a document to a PDF file (print --list shows which)</source>
            <translation>print a document to a PDF file (print --list shows which)</translation>
        </message>
        <message>
            <source>Saved “{document}” as {path}.</source>
            <translation>Saved “{document}” as {path}.</translation>
        </message>
        <message>
            <source>Your role may print no document.</source>
            <translation>Your role may print no document.</translation>
        </message>
        <message>
            <source>(printed only by the set-up wizard or New recovery key…)</source>
            <translation>(printed only by the set-up wizard or New recovery key…)</translation>
        </message>
        <message>
            <source>re-key the office: old copies of the key-slot file stop opening it (office head)</source>
            <translation>re-key the office: old copies of the key-slot file stop opening it (office head)</translation>
        </message>
        <message>
            <source>The office was re-keyed: a new data key and clinical key. Every password in use works as before; a password no longer in use opens nothing of the office, also not with an old copy of the key-slot file. Backups made before still open as they did.</source>
            <translation>The office was re-keyed: a new data key and clinical key. Every password in use works as before; a password no longer in use opens nothing of the office, also not with an old copy of the key-slot file. Backups made before still open as they did.</translation>
        </message>
        <message>
            <source>make a new recovery key; the old one stops opening the office</source>
            <translation>make a new recovery key; the old one stops opening the office</translation>
        </message>
        <message>
            <source>the recovery key: rotate makes a new one (office head)</source>
            <translation>the recovery key: rotate makes a new one (office head)</translation>
        </message>
        <message>
            <source>A new recovery key was made. The old one no longer opens the office nor the backups made from now on (backups made before still open with it: keep them locked away, or delete them). Destroy the old sheet.</source>
            <translation>A new recovery key was made. The old one no longer opens the office nor the backups made from now on (backups made before still open with it: keep them locked away, or delete them). Destroy the old sheet.</translation>
        </message>
        <message>
            <source>To print the recovery sheet, make the new key in the window instead (Backup and restore → New recovery key…): a sheet is never saved as a file. Then type the key back there (the start page asks for it) to confirm it was written down correctly.</source>
            <translation>To print the recovery sheet, make the new key in the window instead (Backup and restore → New recovery key…): a sheet is never saved as a file. Then type the key back there (the start page asks for it) to confirm it was written down correctly.</translation>
        </message>
        <message>
            <source>the watch list (one row per entry, no clinical text)</source>
            <translation>the watch list (one row per entry, no clinical text)</translation>
        </message>
        <message>
            <source>only the entries of this grade, as written on the classes page</source>
            <translation>only the entries of this grade, as written on the classes page</translation>
        </message>
        <message>
            <source>only the entries in this state: candidate, following, observing, closed, or open (all but closed)</source>
            <translation>only the entries in this state: candidate, following, observing, closed, or open (all but closed)</translation>
        </message>
        <message>
            <source>mask the students' names and numbers (王*明, last four digits)</source>
            <translation>mask the students' names and numbers (王*明, last four digits)</translation>
        </message>
        <message>
            <source>why the full names are exported (required without --masked; audited)</source>
            <translation>why the full names are exported (required without --masked; audited)</translation>
        </message>
        <message>
            <source>Exported {count} watch-list entries, names masked.</source>
            <translation>Exported {count} watch-list entries, names masked.</translation>
        </message>
        <message>
            <source>Exported {count} watch-list entries.</source>
            <translation>Exported {count} watch-list entries.</translation>
        </message>
        <message>
            <source>screening results from a platform's export (xlsx, xls or csv)</source>
            <translation>screening results from a platform's export (xlsx, xls or csv)</translation>
        </message>
        <message>
            <source>the scale: its code or name (PHQ-9, GAD-7, SCL-90, MHT, MSSMHS, UPI or one the office added; see "scale list")</source>
            <translation>the scale: its code or name (PHQ-9, GAD-7, SCL-90, MHT, MSSMHS, UPI or one the office added; see "scale list")</translation>
        </message>
        <message>
            <source>the campaign; created when it does not exist, with the grades of the file's students</source>
            <translation>the campaign; created when it does not exist, with the grades of the file's students</translation>
        </message>
        <message>
            <source>the date of the screening for rows without a date column (default: today)</source>
            <translation>the date of the screening for rows without a date column (default: today)</translation>
        </message>
        <message>
            <source>a screening campaign's results (one row per student)</source>
            <translation>a screening campaign's results (one row per student)</translation>
        </message>
        <message>
            <source>the campaign's name</source>
            <translation>the campaign's name</translation>
        </message>
        <message>
            <source>Warning: row(s) {lines} hit a key item but cannot be imported as they are: review those sheets promptly.</source>
            <translation>Warning: row(s) {lines} hit a key item but cannot be imported as they are: review those sheets promptly.</translation>
        </message>
        <message>
            <source>The campaign {name} is new: it screens {grades}.</source>
            <translation>The campaign {name} is new: it screens {grades}.</translation>
        </message>
        <message>
            <source>Checked, nothing written: {imported} to import, {unchanged} unchanged, {rejected} rejected; {positives} positive, {key_hits} with a key item hit.</source>
            <translation>Checked, nothing written: {imported} to import, {unchanged} unchanged, {rejected} rejected; {positives} positive, {key_hits} with a key item hit.</translation>
        </message>
        <message>
            <source>Imported: {imported} result(s), {unchanged} unchanged, {rejected} rejected; {positives} positive, {key_hits} with a key item hit.</source>
            <translation>Imported: {imported} result(s), {unchanged} unchanged, {rejected} rejected; {positives} positive, {key_hits} with a key item hit.</translation>
        </message>
        <message>
            <source>Watch list: {opened} new candidate(s) to review (待复核), {urgent} of them urgent (a key item hit: due the next school day); {linked} result(s) linked to the student's open entry instead of a second one.</source>
            <translation>Watch list: {opened} new candidate(s) to review (待复核), {urgent} of them urgent (a key item hit: due the next school day); {linked} result(s) linked to the student's open entry instead of a second one.</translation>
        </message>
        <message>
            <source>Not put on the watch list: {message}</source>
            <translation>Not put on the watch list: {message}</translation>
        </message>
        <message>
            <source>Exported {count} screening result(s).</source>
            <translation>Exported {count} screening result(s).</translation>
        </message>
        <message>
            <source>the scales the office can use</source>
            <translation>the scales the office can use</translation>
        </message>
        <message>
            <source>add the office's own scale from a definition file (JSON)</source>
            <translation>add the office's own scale from a definition file (JSON)</translation>
        </message>
        <message>
            <source>the screening scales: list them, or add one from a file</source>
            <translation>the screening scales: list them, or add one from a file</translation>
        </message>
        <message>
            <source>Added {code} version {version}: {name}.</source>
            <translation>Added {code} version {version}: {name}.</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>shipped</translation>
        </message>
        <message>
            <source>the office's</source>
            <translation>the office's</translation>
        </message>
        <message>
            <source>{code}	version {version}	{name}	{items} items	{origin}</source>
            <translation>{code}	version {version}	{name}	{items} items	{origin}</translation>
        </message>
        <message>
            <source>the duty roster of a date range (one row per shift and day)</source>
            <translation>the duty roster of a date range (one row per shift and day)</translation>
        </message>
        <message>
            <source>the first day</source>
            <translation>the first day</translation>
        </message>
        <message>
            <source>the last day</source>
            <translation>the last day</translation>
        </message>
        <message>
            <source>Exported {count} shifts.</source>
            <translation>Exported {count} shifts.</translation>
        </message>
        <message>
            <source>plan the duties of a date range: the counts per person are printed; saved only with --apply</source>
            <translation>plan the duties of a date range: the counts per person are printed; saved only with --apply</translation>
        </message>
        <message>
            <source>keep the duties changed by hand (the default)</source>
            <translation>keep the duties changed by hand (the default)</translation>
        </message>
        <message>
            <source>plan the duties changed by hand again too (a duty a log or a request refers to always stays)</source>
            <translation>plan the duties changed by hand again too (a duty a log or a request refers to always stays)</translation>
        </message>
        <message>
            <source>save the roster shown</source>
            <translation>save the roster shown</translation>
        </message>
        <message>
            <source>check the roster's coverage and publish it</source>
            <translation>check the roster's coverage and publish it</translation>
        </message>
        <message>
            <source>the semester: its school year and number, like 2026-2027-1</source>
            <translation>the semester: its school year and number, like 2026-2027-1</translation>
        </message>
        <message>
            <source>publish from the semester's start through this day (default: its end)</source>
            <translation>publish from the semester's start through this day (default: its end)</translation>
        </message>
        <message>
            <source>publish even though some seats are empty</source>
            <translation>publish even though some seats are empty</translation>
        </message>
        <message>
            <source>empty: {day} {shift}, {count} seat(s) ({why})</source>
            <translation>empty: {day} {shift}, {count} seat(s) ({why})</translation>
        </message>
        <message>
            <source>breaks a rule: {day} {shift} ({why})</source>
            <translation>breaks a rule: {day} {shift} ({why})</translation>
        </message>
        <message>
            <source>no timetable chosen for the make-up workday {day}</source>
            <translation>no timetable chosen for the make-up workday {day}</translation>
        </message>
        <message>
            <source>{first} to {last}: {seats} seat(s) to fill, {planned} duty(ies) planned, {gaps} seat(s) empty.</source>
            <translation>{first} to {last}: {seats} seat(s) to fill, {planned} duty(ies) planned, {gaps} seat(s) empty.</translation>
        </message>
        <message>
            <source>name	regular	evening	weekend	total (the semester's other duties included)</source>
            <translation>name	regular	evening	weekend	total (the semester's other duties included)</translation>
        </message>
        <message>
            <source>{count} duty(ies) saved before in the range are replaced.</source>
            <translation>{count} duty(ies) saved before in the range are replaced.</translation>
        </message>
        <message>
            <source>The roster is published through {day}: after saving, print the month again and tell those whose duties change.</source>
            <translation>The roster is published through {day}: after saving, print the month again and tell those whose duties change.</translation>
        </message>
        <message>
            <source>Nothing was saved: add --apply to save this roster.</source>
            <translation>Nothing was saved: add --apply to save this roster.</translation>
        </message>
        <message>
            <source>Saved {count} duties.</source>
            <translation>Saved {count} duties.</translation>
        </message>
        <message>
            <source>Not published: {gaps} seat(s) are empty. Fill them, or add --allow-gaps to publish anyway.</source>
            <translation>Not published: {gaps} seat(s) are empty. Fill them, or add --allow-gaps to publish anyway.</translation>
        </message>
        <message>
            <source>Published from {start} through {last} ({gaps} seat(s) empty).</source>
            <translation>Published from {start} through {last} ({gaps} seat(s) empty).</translation>
        </message>
        <message>
            <source>the duty roster: generate a date range, publish a semester</source>
            <translation>the duty roster: generate a date range, publish a semester</translation>
        </message>
        <message>
            <source>the de-identified report for the education bureau: an encrypted PDF and an encrypted 7z package</source>
            <translation>the de-identified report for the education bureau: an encrypted PDF and an encrypted 7z package</translation>
        </message>
        <message>
            <source>the semester, e.g. 2026-2027-1</source>
            <translation>the semester, e.g. 2026-2027-1</translation>
        </message>
        <message>
            <source>the school year, e.g. 2026-2027</source>
            <translation>the school year, e.g. 2026-2027</translation>
        </message>
        <message>
            <source>the folder to write the files to</source>
            <translation>the folder to write the files to</translation>
        </message>
        <message>
            <source>what the export is for (recorded in the audit trail)</source>
            <translation>what the export is for (recorded in the audit trail)</translation>
        </message>
        <message>
            <source>reports that leave the office: the education bureau's</source>
            <translation>reports that leave the office: the education bureau's</translation>
        </message>
        <message>
            <source>Report to the education bureau</source>
            <translation>Report to the education bureau</translation>
        </message>
        <message>
            <source>Wrote {pdf}</source>
            <translation>Wrote {pdf}</translation>
        </message>
        <message>
            <source>Wrote {package}</source>
            <translation>Wrote {package}</translation>
        </message>
        <message>
            <source>PASSWORD of both files (shown only this once, not stored anywhere):</source>
            <translation>PASSWORD of both files (shown only this once, not stored anywhere):</translation>
        </message>
        <message>
            <source>Send it to the bureau separately from the files (by phone or on paper).</source>
            <translation>Send it to the bureau separately from the files (by phone or on paper).</translation>
        </message>
        <message>
            <source>check a school's package and write its files out</source>
            <translation>check a school's package and write its files out</translation>
        </message>
        <message>
            <source>read the package's password from standard input</source>
            <translation>read the package's password from standard input</translation>
        </message>
        <message>
            <source>merge the packages of many schools of one period</source>
            <translation>merge the packages of many schools of one period</translation>
        </message>
        <message>
            <source>a text file: one line per package, "file name&lt;TAB&gt;password" or "file name password"</source>
            <translation>a text file: one line per package, "file name&lt;TAB&gt;password" or "file name password"</translation>
        </message>
        <message>
            <source>also a PDF with the district's charts</source>
            <translation>also a PDF with the district's charts</translation>
        </message>
        <message>
            <source>for the education bureau: open or merge schools' report packages</source>
            <translation>for the education bureau: open or merge schools' report packages</translation>
        </message>
        <message>
            <source>Package password:</source>
            <translation>Package password:</translation>
        </message>
        <message>
            <source>  {name}  SHA-256 checked</source>
            <translation>  {name}  SHA-256 checked</translation>
        </message>
        <message>
            <source>{school}, {period}: {count} files written to {out}</source>
            <translation>{school}, {period}: {count} files written to {out}</translation>
        </message>
        <message>
            <source>{count} schools of {period} merged into {out}</source>
            <translation>{count} schools of {period} merged into {out}</translation>
        </message>
    </context>
    <context>
        <name>CloneDialog</name>
        <message>
            <source>Copy the set-up of another semester</source>
            <translation>Copy the set-up of another semester</translation>
        </message>
        <message>
            <source>Copy from:</source>
            <translation>Copy from:</translation>
        </message>
        <message>
            <source>The shifts with who may take them, the duty list (people still at school) and the unavailability that still applies are copied. This semester must have no shifts yet.</source>
            <translation>The shifts with who may take them, the duty list (people still at school) and the unavailability that still applies are copied. This semester must have no shifts yet.</translation>
        </message>
        <message>
            <source>There is no other semester to copy from.</source>
            <translation>There is no other semester to copy from.</translation>
        </message>
    </context>
    <context>
        <name>CloseIncidentDialog</name>
        <message>
            <source>Close C {number}</source>
            <translation>Close C {number}</translation>
        </message>
        <message>
            <source>Summary:</source>
            <translation>Summary:</translation>
        </message>
        <message>
            <source>Close now although the loop is not complete (office head)</source>
            <translation>Close now although the loop is not complete (office head)</translation>
        </message>
        <message>
            <source>An incident closes once the parents of every student were reached and the review meeting is recorded.</source>
            <translation>An incident closes once the parents of every student were reached and the review meeting is recorded.</translation>
        </message>
    </context>
    <context>
        <name>CloseReferralDialog</name>
        <message>
            <source>Close referral R {number}</source>
            <translation>Close referral R {number}</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>Student:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>State:</translation>
        </message>
        <message>
            <source>Why it is closed:</source>
            <translation>Why it is closed:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>A referral is completed once its receipt is back. Closing it earlier for another reason needs a note saying why. A closed referral takes nothing more until it is reopened.</source>
            <translation>A referral is completed once its receipt is back. Closing it earlier for another reason needs a note saying why. A closed referral takes nothing more until it is reopened.</translation>
        </message>
        <message>
            <source>Reopened on {time}: {reason}</source>
            <translation>Reopened on {time}: {reason}</translation>
        </message>
        <message>
            <source>Write why the referral is closed.</source>
            <translation>Write why the referral is closed.</translation>
        </message>
    </context>
    <context>
        <name>CloseRequestDialog</name>
        <message>
            <source>Ask to close the entry</source>
            <translation>Ask to close the entry</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Why:</translation>
        </message>
        <message>
            <source>Explanation:</source>
            <translation>Explanation:</translation>
        </message>
        <message>
            <source>What changed, who agreed, what support goes on</source>
            <translation>What changed, who agreed, what support goes on</translation>
        </message>
        <message>
            <source>You are the office head: your request closes the entry at once.</source>
            <translation>You are the office head: your request closes the entry at once.</translation>
        </message>
        <message>
            <source>The entry stays open until the office head approves the closing.</source>
            <translation>The entry stays open until the office head approves the closing.</translation>
        </message>
        <message>
            <source>Entry closed</source>
            <translation>Entry closed</translation>
        </message>
        <message>
            <source>You are the office head: your request closed the entry at once. It stays in the student's history and can be reopened.</source>
            <translation>You are the office head: your request closed the entry at once. It stays in the student's history and can be reopened.</translation>
        </message>
    </context>
    <context>
        <name>Compliance</name>
        <message>
            <source>lecture</source>
            <translation>lecture</translation>
        </message>
        <message>
            <source>parents' meeting</source>
            <translation>parents' meeting</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>workshop</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
        <message>
            <source>all staff</source>
            <translation>all staff</translation>
        </message>
        <message>
            <source>students</source>
            <translation>students</translation>
        </message>
        <message>
            <source>parents</source>
            <translation>parents</translation>
        </message>
        <message>
            <source>community</source>
            <translation>community</translation>
        </message>
        <message>
            <source>individual</source>
            <translation>individual</translation>
        </message>
        <message>
            <source>group</source>
            <translation>group</translation>
        </message>
        <message>
            <source>met</source>
            <translation>met</translation>
        </message>
        <message>
            <source>partly met</source>
            <translation>partly met</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>not met</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Courses</translation>
        </message>
        <message>
            <source>Full-time teachers</source>
            <translation>Full-time teachers</translation>
        </message>
        <message>
            <source>Funding and venue</source>
            <translation>Funding and venue</translation>
        </message>
        <message>
            <source>School–hospital cooperation</source>
            <translation>School–hospital cooperation</translation>
        </message>
        <message>
            <source>Screening and warning</source>
            <translation>Screening and warning</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <source>Severe cases under care</source>
            <translation>Severe cases under care</translation>
        </message>
        <message>
            <source>{count} of {total} classes below the lessons due ({due} each)</source>
            <translation>{count} of {total} classes below the lessons due ({due} each)</translation>
        </message>
        <message>
            <source>{count} of {total} classes without the family guidance due ({due})</source>
            <translation>{count} of {total} classes without the family guidance due ({due})</translation>
        </message>
        <message>
            <source>course credits {figure} of {due}</source>
            <translation>course credits {figure} of {due}</translation>
        </message>
        <message>
            <source>course credits not entered for the school year</source>
            <translation>course credits not entered for the school year</translation>
        </message>
        <message>
            <source>no classes in the register</source>
            <translation>no classes in the register</translation>
        </message>
        <message>
            <source>{figure} full-time teachers of {due} required</source>
            <translation>{figure} full-time teachers of {due} required</translation>
        </message>
        <message>
            <source>no full- or part-time counselor in the staff register</source>
            <translation>no full- or part-time counselor in the staff register</translation>
        </message>
        <message>
            <source>{count} of {total} counselors below the training or supervision due</source>
            <translation>{count} of {total} counselors below the training or supervision due</translation>
        </message>
        <message>
            <source>publicity activities for all staff: {figure} of {due}</source>
            <translation>publicity activities for all staff: {figure} of {due}</translation>
        </message>
        <message>
            <source>funding not entered for the school year</source>
            <translation>funding not entered for the school year</translation>
        </message>
        <message>
            <source>funding {figure} yuan per student, {due} required</source>
            <translation>funding {figure} yuan per student, {due} required</translation>
        </message>
        <message>
            <source>venue not entered for the school year</source>
            <translation>venue not entered for the school year</translation>
        </message>
        <message>
            <source>venue {figure} m², {due} m² required</source>
            <translation>venue {figure} m², {due} m² required</translation>
        </message>
        <message>
            <source>{figure} counseling rooms, {due} required</source>
            <translation>{figure} counseling rooms, {due} required</translation>
        </message>
        <message>
            <source>no partner mental-health institution entered</source>
            <translation>no partner mental-health institution entered</translation>
        </message>
        <message>
            <source>{count} referral receipts overdue</source>
            <translation>{count} referral receipts overdue</translation>
        </message>
        <message>
            <source>no screening results in the period</source>
            <translation>no screening results in the period</translation>
        </message>
        <message>
            <source>screening coverage {figure}%, {due}% required</source>
            <translation>screening coverage {figure}%, {due}% required</translation>
        </message>
        <message>
            <source>review meetings held {figure} of {due}</source>
            <translation>review meetings held {figure} of {due}</translation>
        </message>
        <message>
            <source>{count} of {total} open watch entries overdue</source>
            <translation>{count} of {total} open watch entries overdue</translation>
        </message>
        <message>
            <source>{count} of {total} severe cases without a responsible person or plan</source>
            <translation>{count} of {total} severe cases without a responsible person or plan</translation>
        </message>
        <message>
            <source>counselors counted from the staff register as it stands on {day} (it keeps no dates of employment)</source>
            <translation>counselors counted from the staff register as it stands on {day} (it keeps no dates of employment)</translation>
        </message>
        <message>
            <source>Grades without a review meeting this month</source>
            <translation>Grades without a review meeting this month</translation>
        </message>
        <message>
            <source>Grades with fewer review meetings this month than the policy asks</source>
            <translation>Grades with fewer review meetings this month than the policy asks</translation>
        </message>
        <message>
            <source>Referral receipts overdue</source>
            <translation>Referral receipts overdue</translation>
        </message>
        <message>
            <source>Counseling sessions without a record</source>
            <translation>Counseling sessions without a record</translation>
        </message>
    </context>
    <context>
        <name>ComplianceImport</name>
        <message>
            <source>The file holds no records to import.</source>
            <translation>The file holds no records to import.</translation>
        </message>
        <message>
            <source>No header row was found: a sheet of lessons needs the columns 班级 and 日期, and may have 授课教师, 课题 and 课时.</source>
            <translation>No header row was found: a sheet of lessons needs the columns 班级 and 日期, and may have 授课教师, 课题 and 课时.</translation>
        </message>
        <message>
            <source>No sheet of the workbook has a header row with the columns 班级 and 日期. Its sheets: {sheets}.</source>
            <translation>No sheet of the workbook has a header row with the columns 班级 and 日期. Its sheets: {sheets}.</translation>
        </message>
        <message>
            <source>No header row was found: a sheet of trainings needs the columns 姓名 (or 工号), 日期, 培训名称 and 学时, and may have 主办单位.</source>
            <translation>No header row was found: a sheet of trainings needs the columns 姓名 (or 工号), 日期, 培训名称 and 学时, and may have 主办单位.</translation>
        </message>
        <message>
            <source>No sheet of the workbook has a header row with the columns 姓名 (or 工号), 日期, 培训名称 and 学时. Its sheets: {sheets}.</source>
            <translation>No sheet of the workbook has a header row with the columns 姓名 (or 工号), 日期, 培训名称 and 学时. Its sheets: {sheets}.</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Teacher</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Lesson periods</source>
            <translation>Lesson periods</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Staff number</source>
            <translation>Staff number</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Given by</source>
            <translation>Given by</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>not a number</translation>
        </message>
        <message>
            <source>give the name or the staff number</source>
            <translation>give the name or the staff number</translation>
        </message>
        <message>
            <source>nobody of this name or staff number is at the school</source>
            <translation>nobody of this name or staff number is at the school</translation>
        </message>
        <message>
            <source>two staff members have this name: add the 工号 column</source>
            <translation>two staff members have this name: add the 工号 column</translation>
        </message>
    </context>
    <context>
        <name>ComplianceLogsPage</name>
        <message>
            <source>Lesson</source>
            <translation>Lesson</translation>
        </message>
        <message>
            <source>Family guidance</source>
            <translation>Family guidance</translation>
        </message>
        <message>
            <source>Publicity</source>
            <translation>Publicity</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Supervision</source>
            <translation>Supervision</translation>
        </message>
        <message>
            <source>Class, title, topic or name</source>
            <translation>Class, title, topic or name</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>New…</translation>
        </message>
        <message>
            <source>Funding, venue, partner hospital…</source>
            <translation>Funding, venue, partner hospital…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <source>Lessons from a sheet…</source>
            <translation>Lessons from a sheet…</translation>
        </message>
        <message>
            <source>Trainings from a sheet…</source>
            <translation>Trainings from a sheet…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Class or person</source>
            <translation>Class or person</translation>
        </message>
        <message>
            <source>Title or topic</source>
            <translation>Title or topic</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>{count} classes</source>
            <translation>{count} classes</translation>
        </message>
        <message>
            <source>{periods} periods · {teacher}</source>
            <translation>{periods} periods · {teacher}</translation>
        </message>
        <message>
            <source>parents {present} of {expected}</source>
            <translation>parents {present} of {expected}</translation>
        </message>
        <message>
            <source>{count} people</source>
            <translation>{count} people</translation>
        </message>
        <message>
            <source>{hours} h · {provider}</source>
            <translation>{hours} h · {provider}</translation>
        </message>
        <message>
            <source>{form} · {hours} h</source>
            <translation>{form} · {hours} h</translation>
        </message>
        <message>
            <source>{shown} of {total} records, {start} to {end}</source>
            <translation>{shown} of {total} records, {start} to {end}</translation>
        </message>
        <message>
            <source>Import lessons</source>
            <translation>Import lessons</translation>
        </message>
        <message>
            <source>Import trainings</source>
            <translation>Import trainings</translation>
        </message>
        <message>
            <source>Remove the record</source>
            <translation>Remove the record</translation>
        </message>
        <message>
            <source>Remove this record of {day}? The removal is recorded in the audit trail.</source>
            <translation>Remove this record of {day}? The removal is recorded in the audit trail.</translation>
        </message>
    </context>
    <context>
        <name>CompliancePage</name>
        <message>
            <source>Export for the education bureau…</source>
            <translation>Export for the education bureau…</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Records behind the indicator</source>
            <translation>Records behind the indicator</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
        <message>
            <source>Falls short</source>
            <translation>Falls short</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Click an indicator to see its records.</source>
            <translation>Click an indicator to see its records.</translation>
        </message>
        <message>
            <source>Operational loops</source>
            <translation>Operational loops</translation>
        </message>
        <message>
            <source>Screening coverage by grade (this school year):</source>
            <translation>Screening coverage by grade (this school year):</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>To screen</source>
            <translation>To screen</translation>
        </message>
        <message>
            <source>Screened</source>
            <translation>Screened</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>{year} semester {number}</source>
            <translation>{year} semester {number}</translation>
        </message>
        <message>
            <source>{year} whole school year</source>
            <translation>{year} whole school year</translation>
        </message>
        <message>
            <source>Counted up to {day}; {students} students enrolled.</source>
            <translation>Counted up to {day}; {students} students enrolled.</translation>
        </message>
        <message>
            <source>{figure} (no figure required)</source>
            <translation>{figure} (no figure required)</translation>
        </message>
        <message>
            <source>{figure} (target {target})</source>
            <translation>{figure} (target {target})</translation>
        </message>
        <message>
            <source>{label}
{status}
{shown}</source>
            <translation>{label}
{status}
{shown}</translation>
        </message>
        <message>
            <source>Watch list: {overdue} of {open} open entries overdue.</source>
            <translation>Watch list: {overdue} of {open} open entries overdue.</translation>
        </message>
        <message>
            <source>Screening coverage by grade (this school year; covered when screened at least {count} times):</source>
            <translation>Screening coverage by grade (this school year; covered when screened at least {count} times):</translation>
        </message>
        <message>
            <source>{label}: met.</source>
            <translation>{label}: met.</translation>
        </message>
        <message>
            <source>{value} yuan per student</source>
            <translation>{value} yuan per student</translation>
        </message>
        <message>
            <source>{lessons} lesson periods · {family} family guidance</source>
            <translation>{lessons} lesson periods · {family} family guidance</translation>
        </message>
        <message>
            <source>training {hours} h in {count} · {supervisions} supervisions</source>
            <translation>training {hours} h in {count} · {supervisions} supervisions</translation>
        </message>
        <message>
            <source>{level} · next review {day}</source>
            <translation>{level} · next review {day}</translation>
        </message>
        <message>
            <source>{hospital} · receipt due {day}</source>
            <translation>{hospital} · receipt due {day}</translation>
        </message>
        <message>
            <source>not entered</source>
            <translation>not entered</translation>
        </message>
        <message>
            <source>funding {funding} yuan · {rooms} rooms · {m2} m²</source>
            <translation>funding {funding} yuan · {rooms} rooms · {m2} m²</translation>
        </message>
        <message>
            <source>{count} records; those falling short first.</source>
            <translation>{count} records; those falling short first.</translation>
        </message>
        <message>
            <source>No records behind this indicator in the period.</source>
            <translation>No records behind this indicator in the period.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmKeyPage</name>
        <message>
            <source>Confirm the recovery key</source>
            <translation>Confirm the recovery key</translation>
        </message>
        <message>
            <source>The last step: proof that the key was written down.</source>
            <translation>The last step: proof that the key was written down.</translation>
        </message>
        <message>
            <source>I will confirm the key later (the start page warns until it is confirmed)</source>
            <translation>I will confirm the key later (the start page warns until it is confirmed)</translation>
        </message>
        <message>
            <source>Type two groups of the key from the sheet or your note, to be sure it was written down correctly.</source>
            <translation>Type two groups of the key from the sheet or your note, to be sure it was written down correctly.</translation>
        </message>
        <message>
            <source>Group {n}:</source>
            <translation>Group {n}:</translation>
        </message>
        <message>
            <source>These digits do not match the key. Look again.</source>
            <translation>These digits do not match the key. Look again.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmRecoveryKeyDialog</name>
        <message>
            <source>Confirm the recovery key</source>
            <translation>Confirm the recovery key</translation>
        </message>
        <message>
            <source>Type the whole recovery key as printed on the sheet (eight groups of six digits). It is checked against the office's key and never stored. Each attempt is recorded in the audit trail.</source>
            <translation>Type the whole recovery key as printed on the sheet (eight groups of six digits). It is checked against the office's key and never stored. Each attempt is recorded in the audit trail.</translation>
        </message>
        <message>
            <source>Recovery key:</source>
            <translation>Recovery key:</translation>
        </message>
        <message>
            <source>The recovery key is confirmed. Keep the sheet sealed in the office safe.</source>
            <translation>The recovery key is confirmed. Keep the sheet sealed in the office safe.</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Record a parent contact</source>
            <translation>Record a parent contact</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Talked to:</source>
            <translation>Talked to:</translation>
        </message>
        <message>
            <source>e.g. mother, father, grandmother</source>
            <translation>e.g. mother, father, grandmother</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>How:</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>Result:</translation>
        </message>
        <message>
            <source>What was communicated:</source>
            <translation>What was communicated:</translation>
        </message>
        <message>
            <source>The family's support:</source>
            <translation>The family's support:</translation>
        </message>
        <message>
            <source>Agreements:</source>
            <translation>Agreements:</translation>
        </message>
        <message>
            <source>agreed</source>
            <translation>agreed</translation>
        </message>
        <message>
            <source>Next contact:</source>
            <translation>Next contact:</translation>
        </message>
        <message>
            <source>Recorded by {name}. Write down the facts that matter for the student's support only, no unrelated family matters.</source>
            <translation>Recorded by {name}. Write down the facts that matter for the student's support only, no unrelated family matters.</translation>
        </message>
        <message>
            <source>Contact during the duty</source>
            <translation>Contact during the duty</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Time:</translation>
        </message>
        <message>
            <source>Who came or called:</source>
            <translation>Who came or called:</translation>
        </message>
        <message>
            <source>Topic:</source>
            <translation>Topic:</translation>
        </message>
        <message>
            <source>Handling:</source>
            <translation>Handling:</translation>
        </message>
        <message>
            <source>Minutes:</source>
            <translation>Minutes:</translation>
        </message>
        <message>
            <source>Student (if known):</source>
            <translation>Student (if known):</translation>
        </message>
        <message>
            <source>Booked beforehand (not a walk-in)</source>
            <translation>Booked beforehand (not a walk-in)</translation>
        </message>
        <message>
            <source>A crisis</source>
            <translation>A crisis</translation>
        </message>
        <message>
            <source>Reported to:</source>
            <translation>Reported to:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Handled as a crisis intervention, the contact counts as a crisis.</source>
            <translation>Handled as a crisis intervention, the contact counts as a crisis.</translation>
        </message>
        <message>
            <source>Say who the crisis was reported to.</source>
            <translation>Say who the crisis was reported to.</translation>
        </message>
    </context>
    <context>
        <name>ContactResult</name>
        <message>
            <source>talked</source>
            <translation>talked</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>not reached</translation>
        </message>
        <message>
            <source>parent declined to cooperate</source>
            <translation>parent declined to cooperate</translation>
        </message>
    </context>
    <context>
        <name>ContactWay</name>
        <message>
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>in person</source>
            <translation>in person</translation>
        </message>
        <message>
            <source>home visit</source>
            <translation>home visit</translation>
        </message>
        <message>
            <source>message (WeChat, SMS)</source>
            <translation>message (WeChat, SMS)</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <source>Record a parent contact…</source>
            <translation>Record a parent contact…</translation>
        </message>
        <message>
            <source>No parent contact has been recorded yet.</source>
            <translation>No parent contact has been recorded yet.</translation>
        </message>
        <message>
            <source>What was communicated</source>
            <translation>What was communicated</translation>
        </message>
        <message>
            <source>The family's support</source>
            <translation>The family's support</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Next contact</source>
            <translation>Next contact</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Correct a result</source>
            <translation>Correct a result</translation>
        </message>
        <message>
            <source>The sheet of {student} ({klass}), total {total}.</source>
            <translation>The sheet of {student} ({klass}), total {total}.</translation>
        </message>
        <message>
            <source>Correction:</source>
            <translation>Correction:</translation>
        </message>
        <message>
            <source>Remove the sheet (a duplicate, or not this student's)</source>
            <translation>Remove the sheet (a duplicate, or not this student's)</translation>
        </message>
        <message>
            <source>Give the sheet to the student whose it is</source>
            <translation>Give the sheet to the student whose it is</translation>
        </message>
        <message>
            <source>Whose sheet:</source>
            <translation>Whose sheet:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>e.g. the platform exported it twice; a wrong student number</source>
            <translation>e.g. the platform exported it twice; a wrong student number</translation>
        </message>
        <message>
            <source>The reason is recorded. A watch-list entry opened for this sheet and still to review gets a closing request (误录) for the office head.</source>
            <translation>The reason is recorded. A watch-list entry opened for this sheet and still to review gets a closing request (误录) for the office head.</translation>
        </message>
        <message>
            <source>Say why the result is corrected.</source>
            <translation>Say why the result is corrected.</translation>
        </message>
        <message>
            <source>Choose the student whose sheet it is.</source>
            <translation>Choose the student whose sheet it is.</translation>
        </message>
    </context>
    <context>
        <name>CoverDialog</name>
        <message>
            <source>Ask for a cover</source>
            <translation>Ask for a cover</translation>
        </message>
        <message>
            <source>{name}'s duty: {duty}</source>
            <translation>{name}'s duty: {duty}</translation>
        </message>
        <message>
            <source>Taken by:</source>
            <translation>Taken by:</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Why:</translation>
        </message>
        <message>
            <source>The office head approves the cover; then the duty is the replacement's.</source>
            <translation>The office head approves the cover; then the duty is the replacement's.</translation>
        </message>
        <message>
            <source>Choose who takes the duty.</source>
            <translation>Choose who takes the duty.</translation>
        </message>
    </context>
    <context>
        <name>CrisisDocuments</name>
        <message>
            <source>Crisis incident report</source>
            <translation>Crisis incident report</translation>
        </message>
        <message>
            <source>Crisis incident report (for the education bureau)</source>
            <translation>Crisis incident report (for the education bureau)</translation>
        </message>
        <message>
            <source>C {number}</source>
            <translation>C {number}</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>Happened</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Gravity</source>
            <translation>Gravity</translation>
        </message>
        <message>
            <source>Found by</source>
            <translation>Found by</translation>
        </message>
        <message>
            <source>Found at</source>
            <translation>Found at</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Students</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Time to report</source>
            <translation>Time to report</translation>
        </message>
        <message>
            <source>{minutes} minutes (target {target})</source>
            <translation>{minutes} minutes (target {target})</translation>
        </message>
        <message>
            <source>{minutes} minutes: later than the {target}-minute target</source>
            <translation>{minutes} minutes: later than the {target}-minute target</translation>
        </message>
        <message>
            <source>not recorded yet</source>
            <translation>not recorded yet</translation>
        </message>
        <message>
            <source>What was seen</source>
            <translation>What was seen</translation>
        </message>
        <message>
            <source>The emergency plan</source>
            <translation>The emergency plan</translation>
        </message>
        <message>
            <source>Reaching the parents</source>
            <translation>Reaching the parents</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Breaches of confidentiality</source>
            <translation>Breaches of confidentiality</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Closing</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>reached</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>not reached</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entry</translation>
        </message>
        <message>
            <source>Who was told</source>
            <translation>Who was told</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>None recorded.</translation>
        </message>
        <message>
            <source>Closed by the office head before the loop was complete: {reason}</source>
            <translation>Closed by the office head before the loop was complete: {reason}</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <source>School leader</source>
            <translation>School leader</translation>
        </message>
        <message>
            <source>{name} ({klass})</source>
            <translation>{name} ({klass})</translation>
        </message>
        <message>
            <source>{state} ({day})</source>
            <translation>{state} ({day})</translation>
        </message>
    </context>
    <context>
        <name>CrisisField</name>
        <message>
            <source>The place</source>
            <translation>The place</translation>
        </message>
        <message>
            <source>The person</source>
            <translation>The person</translation>
        </message>
        <message>
            <source>The text</source>
            <translation>The text</translation>
        </message>
    </context>
    <context>
        <name>CrisisGravity</name>
        <message>
            <source>major</source>
            <translation>major</translation>
        </message>
        <message>
            <source>general</source>
            <translation>general</translation>
        </message>
    </context>
    <context>
        <name>CrisisPage</name>
        <message>
            <source>Record an incident…</source>
            <translation>Record an incident…</translation>
        </message>
        <message>
            <source>Record a step…</source>
            <translation>Record a step…</translation>
        </message>
        <message>
            <source>Timeline entry…</source>
            <translation>Timeline entry…</translation>
        </message>
        <message>
            <source>Breach of confidentiality…</source>
            <translation>Breach of confidentiality…</translation>
        </message>
        <message>
            <source>Close…</source>
            <translation>Close…</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>Print the report</translation>
        </message>
        <message>
            <source>Report for the bureau</source>
            <translation>Report for the bureau</translation>
        </message>
        <message>
            <source>All incidents</source>
            <translation>All incidents</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>Happened</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Gravity</source>
            <translation>Gravity</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Students</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Parents reached</source>
            <translation>Parents reached</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
        <message>
            <source>Review meeting</source>
            <translation>Review meeting</translation>
        </message>
        <message>
            <source>held</source>
            <translation>held</translation>
        </message>
        <message>
            <source>{shown} shown · {open} open</source>
            <translation>{shown} shown · {open} open</translation>
        </message>
    </context>
    <context>
        <name>CrisisState</name>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
    </context>
    <context>
        <name>CrisisStep</name>
        <message>
            <source>Found: who, when, where, what was seen</source>
            <translation>Found: who, when, where, what was seen</translation>
        </message>
        <message>
            <source>Safety secured (someone stays, scene secured, means removed; 120 / 110 when needed)</source>
            <translation>Safety secured (someone stays, scene secured, means removed; 120 / 110 when needed)</translation>
        </message>
        <message>
            <source>Reported to the counselor or school leader</source>
            <translation>Reported to the counselor or school leader</translation>
        </message>
        <message>
            <source>Risk assessed</source>
            <translation>Risk assessed</translation>
        </message>
        <message>
            <source>Parents notified</source>
            <translation>Parents notified</translation>
        </message>
        <message>
            <source>Referral, hospital or supervision at school</source>
            <translation>Referral, hospital or supervision at school</translation>
        </message>
        <message>
            <source>Reported to the education bureau (and police)</source>
            <translation>Reported to the education bureau (and police)</translation>
        </message>
        <message>
            <source>Public communication: who speaks</source>
            <translation>Public communication: who speaks</translation>
        </message>
        <message>
            <source>Aftercare for classmates and staff</source>
            <translation>Aftercare for classmates and staff</translation>
        </message>
        <message>
            <source>Review meeting</source>
            <translation>Review meeting</translation>
        </message>
    </context>
    <context>
        <name>CrisisType</name>
        <message>
            <source>self-harm</source>
            <translation>self-harm</translation>
        </message>
        <message>
            <source>suicide attempt</source>
            <translation>suicide attempt</translation>
        </message>
        <message>
            <source>suicide</source>
            <translation>suicide</translation>
        </message>
        <message>
            <source>hurting others</source>
            <translation>hurting others</translation>
        </message>
        <message>
            <source>running away</source>
            <translation>running away</translation>
        </message>
        <message>
            <source>acute psychotic symptoms</source>
            <translation>acute psychotic symptoms</translation>
        </message>
        <message>
            <source>major stress event</source>
            <translation>major stress event</translation>
        </message>
    </context>
    <context>
        <name>DayButton</name>
        <message>
            <source>Change this day…</source>
            <translation>Change this day…</translation>
        </message>
        <message>
            <source>Show this day in the month and change its duties (a double-click on the row does the same). The dialog closes: open it again to check the roster.</source>
            <translation>Show this day in the month and change its duties (a double-click on the row does the same). The dialog closes: open it again to check the roster.</translation>
        </message>
    </context>
    <context>
        <name>DayDialog</name>
        <message>
            <source>Holiday or make-up workday</source>
            <translation>Holiday or make-up workday</translation>
        </message>
        <message>
            <source>Holiday (放假)</source>
            <translation>Holiday (放假)</translation>
        </message>
        <message>
            <source>Make-up workday (补班)</source>
            <translation>Make-up workday (补班)</translation>
        </message>
        <message>
            <source>e.g. 春节 or 国庆节补班</source>
            <translation>e.g. 春节 or 国庆节补班</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>An entry of the office replaces the built-in calendar for that date.</source>
            <translation>An entry of the office replaces the built-in calendar for that date.</translation>
        </message>
        <message>
            <source>Change the duties of {day}</source>
            <translation>Change the duties of {day}</translation>
        </message>
        <message>
            <source>Post: {post}</source>
            <translation>Post: {post}</translation>
        </message>
        <message>
            <source>Shift:</source>
            <translation>Shift:</translation>
        </message>
        <message>
            <source>Duty:</source>
            <translation>Duty:</translation>
        </message>
        <message>
            <source>Taken by:</source>
            <translation>Taken by:</translation>
        </message>
        <message>
            <source>nobody (take off duty)</source>
            <translation>nobody (take off duty)</translation>
        </message>
        <message>
            <source>Changes made by hand are kept when the roster is generated again.</source>
            <translation>Changes made by hand are kept when the roster is generated again.</translation>
        </message>
        <message>
            <source>The post has no shift on this day.</source>
            <translation>The post has no shift on this day.</translation>
        </message>
        <message>
            <source>{name}'s duty</source>
            <translation>{name}'s duty</translation>
        </message>
        <message>
            <source>empty seat</source>
            <translation>empty seat</translation>
        </message>
        <message>
            <source>Choose a shift.</source>
            <translation>Choose a shift.</translation>
        </message>
        <message>
            <source>Choose the duty to change.</source>
            <translation>Choose the duty to change.</translation>
        </message>
        <message>
            <source>Choose who takes the empty seat.</source>
            <translation>Choose who takes the empty seat.</translation>
        </message>
        <message>
            <source>The duty is already theirs: choose who takes it instead, or nobody to take it off duty.</source>
            <translation>The duty is already theirs: choose who takes it instead, or nobody to take it off duty.</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>now: {state}</source>
            <translation>now: {state}</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>Student:</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>Decision:</translation>
        </message>
        <message>
            <source>New level:</source>
            <translation>New level:</translation>
        </message>
        <message>
            <source>Class of the case:</source>
            <translation>Class of the case:</translation>
        </message>
        <message>
            <source>(unchanged)</source>
            <translation>(unchanged)</translation>
        </message>
        <message>
            <source>Reason for ending the watch:</source>
            <translation>Reason for ending the watch:</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>What is to be done</source>
            <translation>What is to be done</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Add a measure</source>
            <translation>Add a measure</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Measures:</source>
            <translation>Measures:</translation>
        </message>
        <message>
            <source>Parent contact:</source>
            <translation>Parent contact:</translation>
        </message>
        <message>
            <source>e.g. the head teacher calls the mother this week</source>
            <translation>e.g. the head teacher calls the mother this week</translation>
        </message>
        <message>
            <source>on</source>
            <translation>on</translation>
        </message>
        <message>
            <source>otherwise it stays as it is; a new level moves it as the watch list does</source>
            <translation>otherwise it stays as it is; a new level moves it as the watch list does</translation>
        </message>
        <message>
            <source>Next review:</source>
            <translation>Next review:</translation>
        </message>
        <message>
            <source>Note (sealed):</source>
            <translation>Note (sealed):</translation>
        </message>
        <message>
            <source>A short note for the office; never printed in the minutes.</source>
            <translation>A short note for the office; never printed in the minutes.</translation>
        </message>
        <message>
            <source>A decision has at most {max} measures.</source>
            <translation>A decision has at most {max} measures.</translation>
        </message>
        <message>
            <source>staff, or e.g. parent</source>
            <translation>staff, or e.g. parent</translation>
        </message>
        <message>
            <source>Measure {n}: write what is to be done.</source>
            <translation>Measure {n}: write what is to be done.</translation>
        </message>
        <message>
            <source>Measure {n}: name who carries it out.</source>
            <translation>Measure {n}: name who carries it out.</translation>
        </message>
        <message>
            <source>Choose the new level.</source>
            <translation>Choose the new level.</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Cannot do this</source>
            <translation>Cannot do this</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Sorry, something went wrong ({kind}). Nothing that was saved has been lost.

Reference: {code}
A report without personal data was written to {folder}. Please give the reference to whoever looks after the program.</source>
            <translation>Sorry, something went wrong ({kind}). Nothing that was saved has been lost.

Reference: {code}
A report without personal data was written to {folder}. Please give the reference to whoever looks after the program.</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Recovery-key sheet</source>
            <translation>Recovery-key sheet</translation>
        </message>
        <message>
            <source>Student access report</source>
            <translation>Student access report</translation>
        </message>
        <message>
            <source>Class list</source>
            <translation>Class list</translation>
        </message>
        <message>
            <source>Individual support plan (watch list)</source>
            <translation>Individual support plan (watch list)</translation>
        </message>
        <message>
            <source>Watch-list notice for the head teacher</source>
            <translation>Watch-list notice for the head teacher</translation>
        </message>
        <message>
            <source>Follow-up record (watch list)</source>
            <translation>Follow-up record (watch list)</translation>
        </message>
        <message>
            <source>Watch list of a grade or class</source>
            <translation>Watch list of a grade or class</translation>
        </message>
        <message>
            <source>Referral form with its receipt</source>
            <translation>Referral form with its receipt</translation>
        </message>
        <message>
            <source>Register of referrals out</source>
            <translation>Register of referrals out</translation>
        </message>
        <message>
            <source>Register of referral receipts</source>
            <translation>Register of referral receipts</translation>
        </message>
        <message>
            <source>Application to return to school and assessment</source>
            <translation>Application to return to school and assessment</translation>
        </message>
        <message>
            <source>Support plan after the return (head teacher)</source>
            <translation>Support plan after the return (head teacher)</translation>
        </message>
        <message>
            <source>Crisis incident report (school leader)</source>
            <translation>Crisis incident report (school leader)</translation>
        </message>
        <message>
            <source>Crisis incident report (education bureau)</source>
            <translation>Crisis incident report (education bureau)</translation>
        </message>
        <message>
            <source>Duty roster of a month</source>
            <translation>Duty roster of a month</translation>
        </message>
        <message>
            <source>Screening campaign summary (office)</source>
            <translation>Screening campaign summary (office)</translation>
        </message>
        <message>
            <source>Screening campaign summary (de-identified, for the school leaders)</source>
            <translation>Screening campaign summary (de-identified, for the school leaders)</translation>
        </message>
        <message>
            <source>Minutes of a review meeting</source>
            <translation>Minutes of a review meeting</translation>
        </message>
        <message>
            <source>Sign-in sheet of a review meeting</source>
            <translation>Sign-in sheet of a review meeting</translation>
        </message>
        <message>
            <source>Appointment slip</source>
            <translation>Appointment slip</translation>
        </message>
        <message>
            <source>A counselor's week of appointments</source>
            <translation>A counselor's week of appointments</translation>
        </message>
        <message>
            <source>Consent form for counseling</source>
            <translation>Consent form for counseling</translation>
        </message>
    </context>
    <context>
        <name>DutyCard</name>
        <message>
            <source>Duty</source>
            <translation>Duty</translation>
        </message>
        <message>
            <source>Today {times}: {post}, {period}</source>
            <translation>Today {times}: {post}, {period}</translation>
        </message>
        <message>
            <source>No duty today.</source>
            <translation>No duty today.</translation>
        </message>
        <message>
            <source>{count} more duty(ies) in the next six days: {days}</source>
            <translation>{count} more duty(ies) in the next six days: {days}</translation>
        </message>
        <message>
            <source>{count} swap request(s) waiting for your answer…</source>
            <translation>{count} swap request(s) waiting for your answer…</translation>
        </message>
        <message>
            <source>{count} swap or cover request(s) waiting for your approval…</source>
            <translation>{count} swap or cover request(s) waiting for your approval…</translation>
        </message>
        <message>
            <source>{count} duty log(s) of the office not written or signed…</source>
            <translation>{count} duty log(s) of the office not written or signed…</translation>
        </message>
        <message>
            <source>{count} of your duty logs not written or signed…</source>
            <translation>{count} of your duty logs not written or signed…</translation>
        </message>
        <message>
            <source>Nothing about duty waits for you. Open the duty roster…</source>
            <translation>Nothing about duty waits for you. Open the duty roster…</translation>
        </message>
    </context>
    <context>
        <name>DutyChange</name>
        <message>
            <source>swap</source>
            <translation>swap</translation>
        </message>
        <message>
            <source>cover</source>
            <translation>cover</translation>
        </message>
        <message>
            <source>requested</source>
            <translation>requested</translation>
        </message>
        <message>
            <source>accepted, waiting for approval</source>
            <translation>accepted, waiting for approval</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>declined by the colleague</source>
            <translation>declined by the colleague</translation>
        </message>
        <message>
            <source>not approved</source>
            <translation>not approved</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>withdrawn</translation>
        </message>
    </context>
    <context>
        <name>DutyConflict</name>
        <message>
            <source>the person is unavailable</source>
            <translation>the person is unavailable</translation>
        </message>
        <message>
            <source>the person is on another shift at the same time</source>
            <translation>the person is on another shift at the same time</translation>
        </message>
        <message>
            <source>the person may not take this shift</source>
            <translation>the person may not take this shift</translation>
        </message>
        <message>
            <source>the shift does not take place that day</source>
            <translation>the shift does not take place that day</translation>
        </message>
        <message>
            <source>more people than the shift needs</source>
            <translation>more people than the shift needs</translation>
        </message>
        <message>
            <source>the person is no longer on the duty list</source>
            <translation>the person is no longer on the duty list</translation>
        </message>
        <message>
            <source>the person has left the school</source>
            <translation>the person has left the school</translation>
        </message>
        <message>
            <source>the person's account is deactivated</source>
            <translation>the person's account is deactivated</translation>
        </message>
    </context>
    <context>
        <name>DutyExport</name>
        <message>
            <source>Duty roster</source>
            <translation>Duty roster</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>Weekday</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Time slot</source>
            <translation>Time slot</translation>
        </message>
        <message>
            <source>On duty</source>
            <translation>On duty</translation>
        </message>
    </context>
    <context>
        <name>DutyGap</name>
        <message>
            <source>nobody on the duty list may take this shift</source>
            <translation>nobody on the duty list may take this shift</translation>
        </message>
        <message>
            <source>everyone who may take it is unavailable</source>
            <translation>everyone who may take it is unavailable</translation>
        </message>
        <message>
            <source>too few people free at this time</source>
            <translation>too few people free at this time</translation>
        </message>
    </context>
    <context>
        <name>DutyHandling</name>
        <message>
            <source>counseled on the spot</source>
            <translation>counseled on the spot</translation>
        </message>
        <message>
            <source>follow-up booked</source>
            <translation>follow-up booked</translation>
        </message>
        <message>
            <source>referred</source>
            <translation>referred</translation>
        </message>
        <message>
            <source>crisis intervention started</source>
            <translation>crisis intervention started</translation>
        </message>
    </context>
    <context>
        <name>DutyImport</name>
        <message>
            <source>No header row was found: the file needs the columns 姓名 (or 工号) and 日期 or 星期, and may have 结束日期, 时段 and 原因.</source>
            <translation>No header row was found: the file needs the columns 姓名 (or 工号) and 日期 or 星期, and may have 结束日期, 时段 and 原因.</translation>
        </message>
        <message>
            <source>No sheet of the workbook has a header row with the columns 姓名 (or 工号) and 日期 or 星期. Its sheets: {sheets}.</source>
            <translation>No sheet of the workbook has a header row with the columns 姓名 (or 工号) and 日期 or 星期. Its sheets: {sheets}.</translation>
        </message>
        <message>
            <source>The file holds no unavailability to import.</source>
            <translation>The file holds no unavailability to import.</translation>
        </message>
        <message>
            <source>give a date or a weekday</source>
            <translation>give a date or a weekday</translation>
        </message>
        <message>
            <source>give the name or the staff number</source>
            <translation>give the name or the staff number</translation>
        </message>
        <message>
            <source>the end date comes before the start date</source>
            <translation>the end date comes before the start date</translation>
        </message>
        <message>
            <source>not a weekday (write 星期二, 周二 or 2)</source>
            <translation>not a weekday (write 星期二, 周二 or 2)</translation>
        </message>
        <message>
            <source>unknown reason (use 上课, 会议, 培训, 外出, 请假, 病假 or 其他)</source>
            <translation>unknown reason (use 上课, 会议, 培训, 外出, 请假, 病假 or 其他)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Staff number</source>
            <translation>Staff number</translation>
        </message>
        <message>
            <source>Date (from)</source>
            <translation>Date (from)</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>Weekday</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>nobody of this name or staff number is at the school</source>
            <translation>nobody of this name or staff number is at the school</translation>
        </message>
        <message>
            <source>two staff members have this name: add the 工号 column</source>
            <translation>two staff members have this name: add the 工号 column</translation>
        </message>
        <message>
            <source>no shift of the semester has the period {period}</source>
            <translation>no shift of the semester has the period {period}</translation>
        </message>
        <message>
            <source>the date lies outside the semester ({start} to {end})</source>
            <translation>the date lies outside the semester ({start} to {end})</translation>
        </message>
    </context>
    <context>
        <name>DutyKind</name>
        <message>
            <source>regular</source>
            <translation>regular</translation>
        </message>
        <message>
            <source>evening</source>
            <translation>evening</translation>
        </message>
        <message>
            <source>weekend</source>
            <translation>weekend</translation>
        </message>
    </context>
    <context>
        <name>DutyLog</name>
        <message>
            <source>student</source>
            <translation>student</translation>
        </message>
        <message>
            <source>parent</source>
            <translation>parent</translation>
        </message>
        <message>
            <source>teacher</source>
            <translation>teacher</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>anonymous</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
    </context>
    <context>
        <name>DutyPage</name>
        <message>
            <source>Generate roster…</source>
            <translation>Generate roster…</translation>
        </message>
        <message>
            <source>Plan the school days of a date range: a preview with the counts per person first, saved only when you apply it.</source>
            <translation>Plan the school days of a date range: a preview with the counts per person first, saved only when you apply it.</translation>
        </message>
        <message>
            <source>Check and publish…</source>
            <translation>Check and publish…</translation>
        </message>
        <message>
            <source>List the empty seats and the duties that break a rule, then publish the roster.</source>
            <translation>List the empty seats and the duties that break a rule, then publish the roster.</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>My duties</source>
            <translation>My duties</translation>
        </message>
        <message>
            <source>Swaps and covers</source>
            <translation>Swaps and covers</translation>
        </message>
        <message>
            <source>Duty logs</source>
            <translation>Duty logs</translation>
        </message>
        <message>
            <source>Fairness</source>
            <translation>Fairness</translation>
        </message>
        <message>
            <source>Set-up</source>
            <translation>Set-up</translation>
        </message>
        <message>
            <source>No semester is set up yet: enter the school year and its semesters on the School calendar page first.</source>
            <translation>No semester is set up yet: enter the school year and its semesters on the School calendar page first.</translation>
        </message>
        <message>
            <source>{start} to {end} · {posts} post(s), {shifts} shift(s) a week, {people} people on the duty list</source>
            <translation>{start} to {end} · {posts} post(s), {shifts} shift(s) a week, {people} people on the duty list</translation>
        </message>
    </context>
    <context>
        <name>DutyPeriod</name>
        <message>
            <source>Lunch break</source>
            <translation>Lunch break</translation>
        </message>
        <message>
            <source>After class</source>
            <translation>After class</translation>
        </message>
        <message>
            <source>Evening study</source>
            <translation>Evening study</translation>
        </message>
    </context>
    <context>
        <name>DutyPost</name>
        <message>
            <source>Counseling room</source>
            <translation>Counseling room</translation>
        </message>
        <message>
            <source>Hotline</source>
            <translation>Hotline</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Evening duty</source>
            <translation>Evening duty</translation>
        </message>
    </context>
    <context>
        <name>DutyReason</name>
        <message>
            <source>teaching</source>
            <translation>teaching</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>meeting</translation>
        </message>
        <message>
            <source>training</source>
            <translation>training</translation>
        </message>
        <message>
            <source>off-site or business trip</source>
            <translation>off-site or business trip</translation>
        </message>
        <message>
            <source>leave</source>
            <translation>leave</translation>
        </message>
        <message>
            <source>sick leave</source>
            <translation>sick leave</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
    </context>
    <context>
        <name>DutyRoster</name>
        <message>
            <source>make-up workday</source>
            <translation>make-up workday</translation>
        </message>
        <message>
            <source>holiday</source>
            <translation>holiday</translation>
        </message>
        <message>
            <source>Duty roster</source>
            <translation>Duty roster</translation>
        </message>
        <message>
            <source>Duty roster {month}: {post}</source>
            <translation>Duty roster {month}: {post}</translation>
        </message>
        <message>
            <source>Duty roster {month}</source>
            <translation>Duty roster {month}</translation>
        </message>
        <message>
            <source>{year}-{month}</source>
            <translation>{year}-{month}</translation>
        </message>
        <message>
            <source>Draft: not published yet, it may still change.</source>
            <translation>Draft: not published yet, it may still change.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>(vacant)</source>
            <translation>(vacant)</translation>
        </message>
        <message>
            <source>No duty this month.</source>
            <translation>No duty this month.</translation>
        </message>
        <message>
            <source>Changes of duty go through the counseling office.</source>
            <translation>Changes of duty go through the counseling office.</translation>
        </message>
        <message>
            <source>make-up workday ({weekday} timetable)</source>
            <translation>make-up workday ({weekday} timetable)</translation>
        </message>
    </context>
    <context>
        <name>DutyTopic</name>
        <message>
            <source>study</source>
            <translation>study</translation>
        </message>
        <message>
            <source>relationships</source>
            <translation>relationships</translation>
        </message>
        <message>
            <source>emotions</source>
            <translation>emotions</translation>
        </message>
        <message>
            <source>family</source>
            <translation>family</translation>
        </message>
        <message>
            <source>romantic relationships</source>
            <translation>romantic relationships</translation>
        </message>
        <message>
            <source>adjustment</source>
            <translation>adjustment</translation>
        </message>
        <message>
            <source>personal growth</source>
            <translation>personal growth</translation>
        </message>
        <message>
            <source>career planning</source>
            <translation>career planning</translation>
        </message>
        <message>
            <source>safety and crisis</source>
            <translation>safety and crisis</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
    </context>
    <context>
        <name>DutyWords</name>
        <message>
            <source>waiting for {name}'s answer</source>
            <translation>waiting for {name}'s answer</translation>
        </message>
        <message>
            <source>waiting for the head's approval</source>
            <translation>waiting for the head's approval</translation>
        </message>
        <message>
            <source>{year} first semester</source>
            <translation>{year} first semester</translation>
        </message>
        <message>
            <source>{year} second semester</source>
            <translation>{year} second semester</translation>
        </message>
        <message>
            <source>{day} {weekday}</source>
            <translation>{day} {weekday}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>every {weekday}</source>
            <translation>every {weekday}</translation>
        </message>
        <message>
            <source>({first} to {last})</source>
            <translation>({first} to {last})</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} to {last}</translation>
        </message>
        <message>
            <source>the whole day</source>
            <translation>the whole day</translation>
        </message>
    </context>
    <context>
        <name>EditEntryDialog</name>
        <message>
            <source>Correct the details</source>
            <translation>Correct the details</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Source:</translation>
        </message>
        <message>
            <source>Triggered by:</source>
            <translation>Triggered by:</translation>
        </message>
        <message>
            <source>Its number:</source>
            <translation>Its number:</translation>
        </message>
        <message>
            <source>e.g. the screening record's number</source>
            <translation>e.g. the screening record's number</translation>
        </message>
        <message>
            <source>Concern:</source>
            <translation>Concern:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Peer carer:</source>
            <translation>Peer carer:</translation>
        </message>
        <message>
            <source>Parent:</source>
            <translation>Parent:</translation>
        </message>
        <message>
            <source>Relation:</source>
            <translation>Relation:</translation>
        </message>
        <message>
            <source>e.g. mother</source>
            <translation>e.g. mother</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>The level, class and state have their own buttons; their history is kept.</source>
            <translation>The level, class and state have their own buttons; their history is kept.</translation>
        </message>
    </context>
    <context>
        <name>EditMeetingDialog</name>
        <message>
            <source>Meeting details</source>
            <translation>Meeting details</translation>
        </message>
    </context>
    <context>
        <name>EntryWindow</name>
        <message>
            <source>Watch-list entry</source>
            <translation>Watch-list entry</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Closing awaits approval</source>
            <translation>Closing awaits approval</translation>
        </message>
        <message>
            <source>Withdraw the request</source>
            <translation>Withdraw the request</translation>
        </message>
        <message>
            <source>Approve closing</source>
            <translation>Approve closing</translation>
        </message>
        <message>
            <source>Send back…</source>
            <translation>Send back…</translation>
        </message>
        <message>
            <source>Change level…</source>
            <translation>Change level…</translation>
        </message>
        <message>
            <source>Change class…</source>
            <translation>Change class…</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Responsible people…</source>
            <translation>Responsible people…</translation>
        </message>
        <message>
            <source>Correct the details…</source>
            <translation>Correct the details…</translation>
        </message>
        <message>
            <source>Ask to close…</source>
            <translation>Ask to close…</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>Reopen…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Peer carer</source>
            <translation>Peer carer</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Parent contact</source>
            <translation>Parent contact</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>Concern</translation>
        </message>
        <message>
            <source>The entry could not be loaded.</source>
            <translation>The entry could not be loaded.</translation>
        </message>
        <message>
            <source>no class</source>
            <translation>no class</translation>
        </message>
        <message>
            <source>class not yet decided</source>
            <translation>class not yet decided</translation>
        </message>
        <message>
            <source>Follow-ups ({n})</source>
            <translation>Follow-ups ({n})</translation>
        </message>
        <message>
            <source>Individual plan</source>
            <translation>Individual plan</translation>
        </message>
        <message>
            <source>Parent contacts ({n})</source>
            <translation>Parent contacts ({n})</translation>
        </message>
        <message>
            <source>History ({n})</source>
            <translation>History ({n})</translation>
        </message>
        <message>
            <source>On the list since {day}</source>
            <translation>On the list since {day}</translation>
        </message>
        <message>
            <source>Next review: {day}</source>
            <translation>Next review: {day}</translation>
        </message>
        <message>
            <source>Closed on {day}</source>
            <translation>Closed on {day}</translation>
        </message>
        <message>
            <source>Overdue: {reasons}</source>
            <translation>Overdue: {reasons}</translation>
        </message>
        <message>
            <source>record {ref}</source>
            <translation>record {ref}</translation>
        </message>
        <message>
            <source>{duty}: {name}</source>
            <translation>{duty}: {name}</translation>
        </message>
        <message>
            <source>(has left the school)</source>
            <translation>(has left the school)</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>nobody yet</translation>
        </message>
        <message>
            <source>Closing asked by {who}: {reason}. {note}</source>
            <translation>Closing asked by {who}: {reason}. {note}</translation>
        </message>
        <message>
            <source>Closed on {day}: {reason}. {note}</source>
            <translation>Closed on {day}: {reason}. {note}</translation>
        </message>
        <message>
            <source>Move to “{state}”…</source>
            <translation>Move to “{state}”…</translation>
        </message>
        <message>
            <source>Close this entry as asked ({reason})? It stays in the student's history and can be reopened.</source>
            <translation>Close this entry as asked ({reason})? It stays in the student's history and can be reopened.</translation>
        </message>
        <message>
            <source>Close the entry</source>
            <translation>Close the entry</translation>
        </message>
        <message>
            <source>Withdraw the request to close this entry? It stays open.</source>
            <translation>Withdraw the request to close this entry? It stays open.</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The operation failed.</source>
            <translation>The operation failed.</translation>
        </message>
        <message>
            <source>No office exists in this data folder.</source>
            <translation>No office exists in this data folder.</translation>
        </message>
        <message>
            <source>An office already exists in this data folder.</source>
            <translation>An office already exists in this data folder.</translation>
        </message>
        <message>
            <source>Wrong login or password. After {remaining} more wrong attempt(s) this login is locked for 15 minutes.</source>
            <translation>Wrong login or password. After {remaining} more wrong attempt(s) this login is locked for 15 minutes.</translation>
        </message>
        <message>
            <source>The recovery key is not correct.</source>
            <translation>The recovery key is not correct.</translation>
        </message>
        <message>
            <source>This login is locked after too many wrong passwords, until {until} ({minutes} minute(s) from now). The office head can lift the lock earlier under Users.</source>
            <translation>This login is locked after too many wrong passwords, until {until} ({minutes} minute(s) from now). The office head can lift the lock earlier under Users.</translation>
        </message>
        <message>
            <source>This account has been deactivated. Ask the office head.</source>
            <translation>This account has been deactivated. Ask the office head.</translation>
        </message>
        <message>
            <source>The office data is damaged ({what}). Nothing was changed. Restore a backup.</source>
            <translation>The office data is damaged ({what}). Nothing was changed. Restore a backup.</translation>
        </message>
        <message>
            <source>Your role does not allow this: {permission}.</source>
            <translation>Your role does not allow this: {permission}.</translation>
        </message>
        <message>
            <source>The input is not valid.</source>
            <translation>The input is not valid.</translation>
        </message>
        <message>
            <source>Could not write to the disk ({reason}). The previous data is intact.</source>
            <translation>Could not write to the disk ({reason}). The previous data is intact.</translation>
        </message>
        <message>
            <source>This backup cannot be used ({reason}). Nothing was replaced.</source>
            <translation>This backup cannot be used ({reason}). Nothing was replaced.</translation>
        </message>
        <message>
            <source>This office was saved by a newer version of the application (schema {found}, this version knows {known}). Install the newer version.</source>
            <translation>This office was saved by a newer version of the application (schema {found}, this version knows {known}). Install the newer version.</translation>
        </message>
        <message>
            <source>The operation was cancelled. Nothing was changed.</source>
            <translation>The operation was cancelled. Nothing was changed.</translation>
        </message>
        <message>
            <source>The office is open in another window or program on this computer. Close it there first.</source>
            <translation>The office is open in another window or program on this computer. Close it there first.</translation>
        </message>
        <message>
            <source>The recovery key was entered wrongly too many times. Try again at {until} (in {minutes} minute(s)).</source>
            <translation>The recovery key was entered wrongly too many times. Try again at {until} (in {minutes} minute(s)).</translation>
        </message>
        <message>
            <source>This is confidential clinical information: only the office head and counselors can open it.</source>
            <translation>This is confidential clinical information: only the office head and counselors can open it.</translation>
        </message>
        <message>
            <source>A confidential record cannot be decrypted ({what}). Nothing was changed. Restore a backup.</source>
            <translation>A confidential record cannot be decrypted ({what}). Nothing was changed. Restore a backup.</translation>
        </message>
        <message>
            <source>A change of the office's keys was interrupted and cannot be finished with this account. Ask the office head or a colleague to log in once: that finishes it.</source>
            <translation>A change of the office's keys was interrupted and cannot be finished with this account. Ask the office head or a colleague to log in once: that finishes it.</translation>
        </message>
        <message>
            <source>This account's role cannot be confirmed: {reason}. The login was refused and recorded in the audit trail. Ask the office head to check the accounts (Verify chain on the Audit trail page).</source>
            <translation>This account's role cannot be confirmed: {reason}. The login was refused and recorded in the audit trail. Ask the office head to check the accounts (Verify chain on the Audit trail page).</translation>
        </message>
        <message>
            <source>The password is too weak.</source>
            <translation>The password is too weak.</translation>
        </message>
        <message>
            <source>The password must have at least {min} characters.</source>
            <translation>The password must have at least {min} characters.</translation>
        </message>
        <message>
            <source>This password is one of the most common passwords. Choose another.</source>
            <translation>This password is one of the most common passwords. Choose another.</translation>
        </message>
        <message>
            <source>The password must not contain the login name.</source>
            <translation>The password must not contain the login name.</translation>
        </message>
        <message>
            <source>The password must not repeat a single character.</source>
            <translation>The password must not repeat a single character.</translation>
        </message>
        <message>
            <source>The password must not contain line breaks.</source>
            <translation>The password must not contain line breaks.</translation>
        </message>
        <message>
            <source>The password of an office head or counselor opens the counseling records: it needs at least {min} characters.</source>
            <translation>The password of an office head or counselor opens the counseling records: it needs at least {min} characters.</translation>
        </message>
        <message>
            <source>A password of digits only (like a phone number or a date) is guessed quickly: add letters or words.</source>
            <translation>A password of digits only (like a phone number or a date) is guessed quickly: add letters or words.</translation>
        </message>
        <message>
            <source>This is a common password with a few characters added: choose another.</source>
            <translation>This is a common password with a few characters added: choose another.</translation>
        </message>
        <message>
            <source>This password is a sequence, a keyboard row or a short part repeated: choose one that is harder to guess, for example a few unrelated words.</source>
            <translation>This password is a sequence, a keyboard row or a short part repeated: choose one that is harder to guess, for example a few unrelated words.</translation>
        </message>
        <message>
            <source>This password uses too few different characters: choose one that is harder to guess.</source>
            <translation>This password uses too few different characters: choose one that is harder to guess.</translation>
        </message>
        <message>
            <source>A recovery key has 8 groups of 6 digits, like 123456-234567-… ; this one has {digits} digits.</source>
            <translation>A recovery key has 8 groups of 6 digits, like 123456-234567-… ; this one has {digits} digits.</translation>
        </message>
        <message>
            <source>Group {group} of the recovery key is mistyped.</source>
            <translation>Group {group} of the recovery key is mistyped.</translation>
        </message>
        <message>
            <source>it belongs to another office</source>
            <translation>it belongs to another office</translation>
        </message>
        <message>
            <source>neither the current password nor the backup's opens it</source>
            <translation>neither the current password nor the backup's opens it</translation>
        </message>
        <message>
            <source>its database fails the integrity check</source>
            <translation>its database fails the integrity check</translation>
        </message>
        <message>
            <source>its audit trail is broken at row {row}</source>
            <translation>its audit trail is broken at row {row}</translation>
        </message>
        <message>
            <source>it was made by a newer version of the application</source>
            <translation>it was made by a newer version of the application</translation>
        </message>
        <message>
            <source>its key-slot file is damaged</source>
            <translation>its key-slot file is damaged</translation>
        </message>
        <message>
            <source>There is no account with this login.</source>
            <translation>There is no account with this login.</translation>
        </message>
        <message>
            <source>The new password must differ from the old one.</source>
            <translation>The new password must differ from the old one.</translation>
        </message>
        <message>
            <source>A login has 2 to 32 characters: Latin letters, digits, dot, underscore or hyphen.</source>
            <translation>A login has 2 to 32 characters: Latin letters, digits, dot, underscore or hyphen.</translation>
        </message>
        <message>
            <source>The name must not be empty.</source>
            <translation>The name must not be empty.</translation>
        </message>
        <message>
            <source>The school name must not be empty.</source>
            <translation>The school name must not be empty.</translation>
        </message>
        <message>
            <source>A name may have at most {max} characters.</source>
            <translation>A name may have at most {max} characters.</translation>
        </message>
        <message>
            <source>This login is already used by another account.</source>
            <translation>This login is already used by another account.</translation>
        </message>
        <message>
            <source>The office must keep at least one active office head.</source>
            <translation>The office must keep at least one active office head.</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account.</source>
            <translation>You cannot deactivate your own account.</translation>
        </message>
        <message>
            <source>A counseling session record is open to its author and the office head only.</source>
            <translation>A counseling session record is open to its author and the office head only.</translation>
        </message>
        <message>
            <source>These meeting minutes are finalized and can no longer be changed.</source>
            <translation>These meeting minutes are finalized and can no longer be changed.</translation>
        </message>
        <message>
            <source>Only the office head and counselors can read the notes of an appointment.</source>
            <translation>Only the office head and counselors can read the notes of an appointment.</translation>
        </message>
        <message>
            <source>Confidential clinical text may not be printed on this document.</source>
            <translation>Confidential clinical text may not be printed on this document.</translation>
        </message>
        <message>
            <source>The account is already in that state.</source>
            <translation>The account is already in that state.</translation>
        </message>
        <message>
            <source>This login is not locked (any more).</source>
            <translation>This login is not locked (any more).</translation>
        </message>
        <message>
            <source>Change your own password in Settings.</source>
            <translation>Change your own password in Settings.</translation>
        </message>
        <message>
            <source>This account is deactivated. Reactivate it to give it a new first password.</source>
            <translation>This account is deactivated. Reactivate it to give it a new first password.</translation>
        </message>
        <message>
            <source>no backup manifest in the folder</source>
            <translation>no backup manifest in the folder</translation>
        </message>
        <message>
            <source>the manifest is unreadable</source>
            <translation>the manifest is unreadable</translation>
        </message>
        <message>
            <source>a file of the backup is missing</source>
            <translation>a file of the backup is missing</translation>
        </message>
        <message>
            <source>a file of the backup was changed or damaged</source>
            <translation>a file of the backup was changed or damaged</translation>
        </message>
        <message>
            <source>database file</source>
            <translation>database file</translation>
        </message>
        <message>
            <source>key-slot file</source>
            <translation>key-slot file</translation>
        </message>
        <message>
            <source>No Chinese font usable in PDF documents was found on this computer, so nothing was printed. In Settings, choose a TrueType font file (.ttf or .ttc, for example SimSun or Microsoft YaHei).</source>
            <translation>No Chinese font usable in PDF documents was found on this computer, so nothing was printed. In Settings, choose a TrueType font file (.ttf or .ttc, for example SimSun or Microsoft YaHei).</translation>
        </message>
        <message>
            <source>The idle lock time must be between {min} and {max} minutes.</source>
            <translation>The idle lock time must be between {min} and {max} minutes.</translation>
        </message>
        <message>
            <source>This file is not a policy profile (JSON with "name" and "thresholds").</source>
            <translation>This file is not a policy profile (JSON with "name" and "thresholds").</translation>
        </message>
        <message>
            <source>The profile names a threshold this version does not know: {key}.</source>
            <translation>The profile names a threshold this version does not know: {key}.</translation>
        </message>
        <message>
            <source>{name} must be between {min} and {max}.</source>
            <translation>{name} must be between {min} and {max}.</translation>
        </message>
        <message>
            <source>"{value}" is not a time of day (write it as 14:30).</source>
            <translation>"{value}" is not a time of day (write it as 14:30).</translation>
        </message>
        <message>
            <source>The end {end} is not after the start {start}.</source>
            <translation>The end {end} is not after the start {start}.</translation>
        </message>
        <message>
            <source>Unknown day of the week.</source>
            <translation>Unknown day of the week.</translation>
        </message>
        <message>
            <source>Give the room a name.</source>
            <translation>Give the room a name.</translation>
        </message>
        <message>
            <source>A room of this name exists already.</source>
            <translation>A room of this name exists already.</translation>
        </message>
        <message>
            <source>Choose the kind of room (individual or group).</source>
            <translation>Choose the kind of room (individual or group).</translation>
        </message>
        <message>
            <source>A room holds between 1 and 200 people.</source>
            <translation>A room holds between 1 and 200 people.</translation>
        </message>
        <message>
            <source>This room does not exist.</source>
            <translation>This room does not exist.</translation>
        </message>
        <message>
            <source>Choose a counselor (an active account of a counselor or the office head).</source>
            <translation>Choose a counselor (an active account of a counselor or the office head).</translation>
        </message>
        <message>
            <source>A counselor sets only their own available hours.</source>
            <translation>A counselor sets only their own available hours.</translation>
        </message>
        <message>
            <source>This blocked time does not exist.</source>
            <translation>This blocked time does not exist.</translation>
        </message>
        <message>
            <source>Two available times overlap on the same day.</source>
            <translation>Two available times overlap on the same day.</translation>
        </message>
        <message>
            <source>{day}, period {n}: "{value}" is not a time of day (write it as 14:30).</source>
            <translation>{day}, period {n}: "{value}" is not a time of day (write it as 14:30).</translation>
        </message>
        <message>
            <source>{day}, period {n}: the end {end} is not after the start {start}.</source>
            <translation>{day}, period {n}: the end {end} is not after the start {start}.</translation>
        </message>
        <message>
            <source>{day}: period {n} ({start}–{end}) overlaps period {m} ({other_start}–{other_end}).</source>
            <translation>{day}: period {n} ({start}–{end}) overlaps period {m} ({other_start}–{other_end}).</translation>
        </message>
        <message>
            <source>{day}: at most {max} class periods a day.</source>
            <translation>{day}: at most {max} class periods a day.</translation>
        </message>
        <message>
            <source>Monday's class periods are the other days' default: give them (none is an empty list).</source>
            <translation>Monday's class periods are the other days' default: give them (none is an empty list).</translation>
        </message>
        <message>
            <source>Unknown policy setting.</source>
            <translation>Unknown policy setting.</translation>
        </message>
        <message>
            <source>This file is not a TrueType font holding Chinese characters, Latin letters and digits.</source>
            <translation>This file is not a TrueType font holding Chinese characters, Latin letters and digits.</translation>
        </message>
        <message>
            <source>The backup folder must be an existing folder that can be written to.</source>
            <translation>The backup folder must be an existing folder that can be written to.</translation>
        </message>
        <message>
            <source>Not enough lines on standard input: this command reads {count}.</source>
            <translation>Not enough lines on standard input: this command reads {count}.</translation>
        </message>
        <message>
            <source>Standard input is not UTF-8 text.</source>
            <translation>Standard input is not UTF-8 text.</translation>
        </message>
        <message>
            <source>The two entries differ.</source>
            <translation>The two entries differ.</translation>
        </message>
        <message>
            <source>The command line is not right ({detail}). See --help.</source>
            <translation>The command line is not right ({detail}). See --help.</translation>
        </message>
        <message>
            <source>No graphical display is available here, so the window cannot open. The commands work without one (see --help).</source>
            <translation>No graphical display is available here, so the window cannot open. The commands work without one (see --help).</translation>
        </message>
        <message>
            <source>The backup destination is a file, not a folder.</source>
            <translation>The backup destination is a file, not a folder.</translation>
        </message>
        <message>
            <source>The number of demo students must be between 0 and {max}.</source>
            <translation>The number of demo students must be between 0 and {max}.</translation>
        </message>
        <message>
            <source>This student is not in the register.</source>
            <translation>This student is not in the register.</translation>
        </message>
        <message>
            <source>{value} is not a date (write it as 2026-11-24).</source>
            <translation>{value} is not a date (write it as 2026-11-24).</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>The end of the period is before its start.</translation>
        </message>
        <message>
            <source>{value} is not a date (write it as 2026-09-01).</source>
            <translation>{value} is not a date (write it as 2026-09-01).</translation>
        </message>
        <message>
            <source>Another student already has this student number.</source>
            <translation>Another student already has this student number.</translation>
        </message>
        <message>
            <source>The student number must not be empty.</source>
            <translation>The student number must not be empty.</translation>
        </message>
        <message>
            <source>The birth date is not a valid date in the past.</source>
            <translation>The birth date is not a valid date in the past.</translation>
        </message>
        <message>
            <source>The class does not exist.</source>
            <translation>The class does not exist.</translation>
        </message>
        <message>
            <source>Unknown student status.</source>
            <translation>Unknown student status.</translation>
        </message>
        <message>
            <source>Unknown gender.</source>
            <translation>Unknown gender.</translation>
        </message>
        <message>
            <source>Give a reason for the change of status.</source>
            <translation>Give a reason for the change of status.</translation>
        </message>
        <message>
            <source>The student already has this status: choose another one.</source>
            <translation>The student already has this status: choose another one.</translation>
        </message>
        <message>
            <source>The phone number of guardian {number} is not valid (11 digits for a mobile, or a landline with its area code).</source>
            <translation>The phone number of guardian {number} is not valid (11 digits for a mobile, or a landline with its area code).</translation>
        </message>
        <message>
            <source>A student has at most two guardians in the register.</source>
            <translation>A student has at most two guardians in the register.</translation>
        </message>
        <message>
            <source>A class's mental-health monitor needs a class.</source>
            <translation>A class's mental-health monitor needs a class.</translation>
        </message>
        <message>
            <source>Give the school year a name, e.g. 2026-2027.</source>
            <translation>Give the school year a name, e.g. 2026-2027.</translation>
        </message>
        <message>
            <source>Another school year already has this name.</source>
            <translation>Another school year already has this name.</translation>
        </message>
        <message>
            <source>This semester does not exist.</source>
            <translation>This semester does not exist.</translation>
        </message>
        <message>
            <source>Choose a post from the office's list.</source>
            <translation>Choose a post from the office's list.</translation>
        </message>
        <message>
            <source>Give the post a name (at most {max} characters).</source>
            <translation>Give the post a name (at most {max} characters).</translation>
        </message>
        <message>
            <source>Another post already has this name.</source>
            <translation>Another post already has this name.</translation>
        </message>
        <message>
            <source>This shift does not exist.</source>
            <translation>This shift does not exist.</translation>
        </message>
        <message>
            <source>This post already has a shift "{period}" on {weekday}.</source>
            <translation>This post already has a shift "{period}" on {weekday}.</translation>
        </message>
        <message>
            <source>A time is written like 12:10.</source>
            <translation>A time is written like 12:10.</translation>
        </message>
        <message>
            <source>Unknown kind of duty.</source>
            <translation>Unknown kind of duty.</translation>
        </message>
        <message>
            <source>Choose why the person cannot take duty.</source>
            <translation>Choose why the person cannot take duty.</translation>
        </message>
        <message>
            <source>A person chosen is not in the staff register.</source>
            <translation>A person chosen is not in the staff register.</translation>
        </message>
        <message>
            <source>A person chosen has left the school: they cannot be put on duty.</source>
            <translation>A person chosen has left the school: they cannot be put on duty.</translation>
        </message>
        <message>
            <source>This entry of unavailability does not exist.</source>
            <translation>This entry of unavailability does not exist.</translation>
        </message>
        <message>
            <source>The dates lie outside the semester ({start} to {end}): choose days of this semester.</source>
            <translation>The dates lie outside the semester ({start} to {end}): choose days of this semester.</translation>
        </message>
        <message>
            <source>{day} is not a make-up workday (a Saturday or Sunday worked instead of a holiday).</source>
            <translation>{day} is not a make-up workday (a Saturday or Sunday worked instead of a holiday).</translation>
        </message>
        <message>
            <source>A make-up workday follows the timetable of a day from Monday to Friday.</source>
            <translation>A make-up workday follows the timetable of a day from Monday to Friday.</translation>
        </message>
        <message>
            <source>A date is not valid. Write it like 2026-09-01.</source>
            <translation>A date is not valid. Write it like 2026-09-01.</translation>
        </message>
        <message>
            <source>Choose another semester to copy to.</source>
            <translation>Choose another semester to copy to.</translation>
        </message>
        <message>
            <source>The semester to copy to already has shifts. Remove them first, or change them there.</source>
            <translation>The semester to copy to already has shifts. Remove them first, or change them there.</translation>
        </message>
        <message>
            <source>Dates must lie between the years 2000 and 2100.</source>
            <translation>Dates must lie between the years 2000 and 2100.</translation>
        </message>
        <message>
            <source>The school year must end after it starts.</source>
            <translation>The school year must end after it starts.</translation>
        </message>
        <message>
            <source>A school year cannot last longer than 13 months.</source>
            <translation>A school year cannot last longer than 13 months.</translation>
        </message>
        <message>
            <source>Semester {number} must end after it starts.</source>
            <translation>Semester {number} must end after it starts.</translation>
        </message>
        <message>
            <source>Semester {number} must lie inside the school year ({start} to {end}).</source>
            <translation>Semester {number} must lie inside the school year ({start} to {end}).</translation>
        </message>
        <message>
            <source>The semesters overlap: semester 2 must start after semester 1 ends.</source>
            <translation>The semesters overlap: semester 2 must start after semester 1 ends.</translation>
        </message>
        <message>
            <source>A school year has two semesters: give the dates of both.</source>
            <translation>A school year has two semesters: give the dates of both.</translation>
        </message>
        <message>
            <source>The dates overlap the school year {name} ({start} to {end}). School years must not overlap.</source>
            <translation>The dates overlap the school year {name} ({start} to {end}). School years must not overlap.</translation>
        </message>
        <message>
            <source>This school year does not exist.</source>
            <translation>This school year does not exist.</translation>
        </message>
        <message>
            <source>Unknown kind of day: a day is a holiday or a make-up workday.</source>
            <translation>Unknown kind of day: a day is a holiday or a make-up workday.</translation>
        </message>
        <message>
            <source>{day} is a workday anyway. A make-up workday falls on a Saturday or Sunday (or replaces a holiday).</source>
            <translation>{day} is a workday anyway. A make-up workday falls on a Saturday or Sunday (or replaces a holiday).</translation>
        </message>
        <message>
            <source>No day entered by the office on {day}.</source>
            <translation>No day entered by the office on {day}.</translation>
        </message>
        <message>
            <source>This staff member is not in the register.</source>
            <translation>This staff member is not in the register.</translation>
        </message>
        <message>
            <source>Another staff member already has this staff number.</source>
            <translation>Another staff member already has this staff number.</translation>
        </message>
        <message>
            <source>The phone number is not valid (11 digits for a mobile, or a landline with its area code).</source>
            <translation>The phone number is not valid (11 digits for a mobile, or a landline with its area code).</translation>
        </message>
        <message>
            <source>Unknown staff role.</source>
            <translation>Unknown staff role.</translation>
        </message>
        <message>
            <source>Only a head teacher or a student affairs instructor leads classes.</source>
            <translation>Only a head teacher or a student affairs instructor leads classes.</translation>
        </message>
        <message>
            <source>Only a grade leader or a department head leads a grade or department.</source>
            <translation>Only a grade leader or a department head leads a grade or department.</translation>
        </message>
        <message>
            <source>The grade or department does not exist.</source>
            <translation>The grade or department does not exist.</translation>
        </message>
        <message>
            <source>This account does not exist.</source>
            <translation>This account does not exist.</translation>
        </message>
        <message>
            <source>This staff member is already linked to another account.</source>
            <translation>This staff member is already linked to another account.</translation>
        </message>
        <message>
            <source>Give the grade or department of the class.</source>
            <translation>Give the grade or department of the class.</translation>
        </message>
        <message>
            <source>Give the name of the class.</source>
            <translation>Give the name of the class.</translation>
        </message>
        <message>
            <source>The class name cannot be read: {reason}.</source>
            <translation>The class name cannot be read: {reason}.</translation>
        </message>
        <message>
            <source>The class {klass} already exists.</source>
            <translation>The class {klass} already exists.</translation>
        </message>
        <message>
            <source>This class does not exist.</source>
            <translation>This class does not exist.</translation>
        </message>
        <message>
            <source>There is no class “{klass}”. Write the class as the classes page shows it, for example --class {example}.</source>
            <translation>There is no class “{klass}”. Write the class as the classes page shows it, for example --class {example}.</translation>
        </message>
        <message>
            <source>Several classes are called “{klass}” ({choices}): write the one you mean in full, for example --class {example}.</source>
            <translation>Several classes are called “{klass}” ({choices}): write the one you mean in full, for example --class {example}.</translation>
        </message>
        <message>
            <source>{count} enrolled student(s) are still in this class: move them to another class or change their status first.</source>
            <translation>{count} enrolled student(s) are still in this class: move them to another class or change their status first.</translation>
        </message>
        <message>
            <source>Name the document to print (counselor-app print --list shows them).</source>
            <translation>Name the document to print (counselor-app print --list shows them).</translation>
        </message>
        <message>
            <source>There is no document called “{kind}” (counselor-app print --list shows them).</source>
            <translation>There is no document called “{kind}” (counselor-app print --list shows them).</translation>
        </message>
        <message>
            <source>print --list takes no document, --out or document options.</source>
            <translation>print --list takes no document, --out or document options.</translation>
        </message>
        <message>
            <source>Say where to write the PDF: --out FILE.pdf.</source>
            <translation>Say where to write the PDF: --out FILE.pdf.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <source>The document “{document}” needs {options}.</source>
            <translation>The document “{document}” needs {options}.</translation>
        </message>
        <message>
            <source>The document “{document}” does not take {options}.</source>
            <translation>The document “{document}” does not take {options}.</translation>
        </message>
        <message>
            <source>The document “{document}” is never saved as a file: it is printed only when its key is shown, by the set-up wizard or by New recovery key… on the Backup page.</source>
            <translation>The document “{document}” is never saved as a file: it is printed only when its key is shown, by the set-up wizard or by New recovery key… on the Backup page.</translation>
        </message>
        <message>
            <source>{value} is not a month (write it as 2026-09).</source>
            <translation>{value} is not a month (write it as 2026-09).</translation>
        </message>
        <message>
            <source>“{value}” is not a record's number: --id takes the number the application shows for it (digits).</source>
            <translation>“{value}” is not a record's number: --id takes the number the application shows for it (digits).</translation>
        </message>
        <message>
            <source>No student is in the class {class_name}.</source>
            <translation>No student is in the class {class_name}.</translation>
        </message>
        <message>
            <source>No student is in the grade {grade}.</source>
            <translation>No student is in the grade {grade}.</translation>
        </message>
        <message>
            <source>No student is in the class {class_name} of {grade}.</source>
            <translation>No student is in the class {class_name} of {grade}.</translation>
        </message>
        <message>
            <source>There is a class {class_name} in several grades ({grades}): choose the grade as well.</source>
            <translation>There is a class {class_name} in several grades ({grades}): choose the grade as well.</translation>
        </message>
        <message>
            <source>The class {class_name} is only in archived grades ({grades}): choose the grade as well.</source>
            <translation>The class {class_name} is only in archived grades ({grades}): choose the grade as well.</translation>
        </message>
        <message>
            <source>Enter a password to encrypt the PDF document with.</source>
            <translation>Enter a password to encrypt the PDF document with.</translation>
        </message>
        <message>
            <source>There is no document called “{kind}”.</source>
            <translation>There is no document called “{kind}”.</translation>
        </message>
        <message>
            <source>The document “{document}” needs --{parameter}.</source>
            <translation>The document “{document}” needs --{parameter}.</translation>
        </message>
        <message>
            <source>The document “{document}” does not take --{parameter}.</source>
            <translation>The document “{document}” does not take --{parameter}.</translation>
        </message>
        <message>
            <source>The document “{document}” may not be saved on a computer; print it.</source>
            <translation>The document “{document}” may not be saved on a computer; print it.</translation>
        </message>
        <message>
            <source>This school year is not in the calendar.</source>
            <translation>This school year is not in the calendar.</translation>
        </message>
        <message>
            <source>No student in the register has this student number.</source>
            <translation>No student in the register has this student number.</translation>
        </message>
        <message>
            <source>no office head has signed this account</source>
            <translation>no office head has signed this account</translation>
        </message>
        <message>
            <source>the account differs from what an office head signed</source>
            <translation>the account differs from what an office head signed</translation>
        </message>
        <message>
            <source>the office's signed list of accounts was changed or replaced</source>
            <translation>the office's signed list of accounts was changed or replaced</translation>
        </message>
        <message>
            <source>the account's key does not match what an office head signed</source>
            <translation>the account's key does not match what an office head signed</translation>
        </message>
        <message>
            <source>the role needs the clinical key, which this account does not hold</source>
            <translation>the role needs the clinical key, which this account does not hold</translation>
        </message>
        <message>
            <source>key-change journal</source>
            <translation>key-change journal</translation>
        </message>
        <message>
            <source>its confidential records are under a clinical key that neither today's keys nor your password on the backup open</source>
            <translation>its confidential records are under a clinical key that neither today's keys nor your password on the backup open</translation>
        </message>
        <message>
            <source>This watch-list entry does not exist.</source>
            <translation>This watch-list entry does not exist.</translation>
        </message>
        <message>
            <source>This student already has an open watch-list entry: open it instead of adding a second one.</source>
            <translation>This student already has an open watch-list entry: open it instead of adding a second one.</translation>
        </message>
        <message>
            <source>Choose how the student came to the watch list.</source>
            <translation>Choose how the student came to the watch list.</translation>
        </message>
        <message>
            <source>Choose a risk level from the office's list.</source>
            <translation>Choose a risk level from the office's list.</translation>
        </message>
        <message>
            <source>This student has no open watch-list entry, so the meeting cannot decide on one. Put the student on the watch list first, or reopen the closed entry, then record the decision.</source>
            <translation>This student has no open watch-list entry, so the meeting cannot decide on one. Put the student on the watch list first, or reopen the closed entry, then record the decision.</translation>
        </message>
        <message>
            <source>Measure {n}: write what is to be done.</source>
            <translation>Measure {n}: write what is to be done.</translation>
        </message>
        <message>
            <source>Measure {n}: the due date {day} is before the meeting day.</source>
            <translation>Measure {n}: the due date {day} is before the meeting day.</translation>
        </message>
        <message>
            <source>A decision has at most {max} measures.</source>
            <translation>A decision has at most {max} measures.</translation>
        </message>
        <message>
            <source>Unknown class of case (mild or severe).</source>
            <translation>Unknown class of case (mild or severe).</translation>
        </message>
        <message>
            <source>No decision was recorded for this student.</source>
            <translation>No decision was recorded for this student.</translation>
        </message>
        <message>
            <source>Write down the concern: what was noticed, by whom.</source>
            <translation>Write down the concern: what was noticed, by whom.</translation>
        </message>
        <message>
            <source>Write the hospital's name.</source>
            <translation>Write the hospital's name.</translation>
        </message>
        <message>
            <source>The directory already has a hospital of this name.</source>
            <translation>The directory already has a hospital of this name.</translation>
        </message>
        <message>
            <source>This hospital is not in the directory.</source>
            <translation>This hospital is not in the directory.</translation>
        </message>
        <message>
            <source>{field}: not a valid phone number (11 digits for a mobile, or a landline with its area code).</source>
            <translation>{field}: not a valid phone number (11 digits for a mobile, or a landline with its area code).</translation>
        </message>
        <message>
            <source>This crisis incident does not exist.</source>
            <translation>This crisis incident does not exist.</translation>
        </message>
        <message>
            <source>Choose the type of the incident.</source>
            <translation>Choose the type of the incident.</translation>
        </message>
        <message>
            <source>Choose whether the incident is major or general.</source>
            <translation>Choose whether the incident is major or general.</translation>
        </message>
        <message>
            <source>Name the student or students involved.</source>
            <translation>Name the student or students involved.</translation>
        </message>
        <message>
            <source>A student is not in the register.</source>
            <translation>A student is not in the register.</translation>
        </message>
        <message>
            <source>This student is not one of the incident's students.</source>
            <translation>This student is not one of the incident's students.</translation>
        </message>
        <message>
            <source>Name who found it.</source>
            <translation>Name who found it.</translation>
        </message>
        <message>
            <source>Write what was seen.</source>
            <translation>Write what was seen.</translation>
        </message>
        <message>
            <source>The time {time} is in the future.</source>
            <translation>The time {time} is in the future.</translation>
        </message>
        <message>
            <source>It cannot have been found ({found}) before it happened ({occurred}).</source>
            <translation>It cannot have been found ({found}) before it happened ({occurred}).</translation>
        </message>
        <message>
            <source>A step cannot come ({time}) before the incident was found ({found}).</source>
            <translation>A step cannot come ({time}) before the incident was found ({found}).</translation>
        </message>
        <message>
            <source>Unknown step of the emergency plan.</source>
            <translation>Unknown step of the emergency plan.</translation>
        </message>
        <message>
            <source>The parents' step is recorded by the attempts to reach them.</source>
            <translation>The parents' step is recorded by the attempts to reach them.</translation>
        </message>
        <message>
            <source>Name who did it.</source>
            <translation>Name who did it.</translation>
        </message>
        <message>
            <source>Choose how the parents were contacted.</source>
            <translation>Choose how the parents were contacted.</translation>
        </message>
        <message>
            <source>Write the entry.</source>
            <translation>Write the entry.</translation>
        </message>
        <message>
            <source>Name who was told.</source>
            <translation>Name who was told.</translation>
        </message>
        <message>
            <source>Write why the confidence was broken.</source>
            <translation>Write why the confidence was broken.</translation>
        </message>
        <message>
            <source>This incident is closed.</source>
            <translation>This incident is closed.</translation>
        </message>
        <message>
            <source>The incident cannot close yet: the parents of every student must have been reached and the review meeting recorded. The office head may close it with a reason.</source>
            <translation>The incident cannot close yet: the parents of every student must have been reached and the review meeting recorded. The office head may close it with a reason.</translation>
        </message>
        <message>
            <source>Write the closing summary.</source>
            <translation>Write the closing summary.</translation>
        </message>
        <message>
            <source>Write why the incident is closed before its loop is complete.</source>
            <translation>Write why the incident is closed before its loop is complete.</translation>
        </message>
        <message>
            <source>{field} is too long (at most {max} characters).</source>
            <translation>{field} is too long (at most {max} characters).</translation>
        </message>
        <message>
            <source>Someone else changed this incident since you opened it. Nothing was saved: it is shown again as it is now; make your change again.</source>
            <translation>Someone else changed this incident since you opened it. Nothing was saved: it is shown again as it is now; make your change again.</translation>
        </message>
        <message>
            <source>A date of the cooperation agreement needs the agreement ticked.</source>
            <translation>A date of the cooperation agreement needs the agreement ticked.</translation>
        </message>
        <message>
            <source>The cooperation agreement cannot start in the future ({day}).</source>
            <translation>The cooperation agreement cannot start in the future ({day}).</translation>
        </message>
        <message>
            <source>This referral does not exist.</source>
            <translation>This referral does not exist.</translation>
        </message>
        <message>
            <source>Choose the urgency of the referral.</source>
            <translation>Choose the urgency of the referral.</translation>
        </message>
        <message>
            <source>Choose who accompanies the student.</source>
            <translation>Choose who accompanies the student.</translation>
        </message>
        <message>
            <source>Choose a hospital of the directory.</source>
            <translation>Choose a hospital of the directory.</translation>
        </message>
        <message>
            <source>Write the reason of the referral and what was observed.</source>
            <translation>Write the reason of the referral and what was observed.</translation>
        </message>
        <message>
            <source>The guardian's phone number is not valid (11 digits for a mobile, or a landline with its area code).</source>
            <translation>The guardian's phone number is not valid (11 digits for a mobile, or a landline with its area code).</translation>
        </message>
        <message>
            <source>This referral is closed: nothing more can be recorded on it.</source>
            <translation>This referral is closed: nothing more can be recorded on it.</translation>
        </message>
        <message>
            <source>This referral is closed: its receipt cannot be entered any more.</source>
            <translation>This referral is closed: its receipt cannot be entered any more.</translation>
        </message>
        <message>
            <source>This referral has not been issued yet.</source>
            <translation>This referral has not been issued yet.</translation>
        </message>
        <message>
            <source>This referral has already been issued.</source>
            <translation>This referral has already been issued.</translation>
        </message>
        <message>
            <source>Record that the parents were informed (or agreed) before issuing the referral.</source>
            <translation>Record that the parents were informed (or agreed) before issuing the referral.</translation>
        </message>
        <message>
            <source>The meeting decided to follow up at school, or the parents refused: this referral is not issued.</source>
            <translation>The meeting decided to follow up at school, or the parents refused: this referral is not issued.</translation>
        </message>
        <message>
            <source>Choose the meeting's outcome: refer, or follow up at school.</source>
            <translation>Choose the meeting's outcome: refer, or follow up at school.</translation>
        </message>
        <message>
            <source>Choose what the parents decided.</source>
            <translation>Choose what the parents decided.</translation>
        </message>
        <message>
            <source>A refusal is signed with its reason: write the reason the parents gave.</source>
            <translation>A refusal is signed with its reason: write the reason the parents gave.</translation>
        </message>
        <message>
            <source>Name the meeting's participants.</source>
            <translation>Name the meeting's participants.</translation>
        </message>
        <message>
            <source>Choose the doctor's advice (one of the four).</source>
            <translation>Choose the doctor's advice (one of the four).</translation>
        </message>
        <message>
            <source>Choose why the referral is closed.</source>
            <translation>Choose why the referral is closed.</translation>
        </message>
        <message>
            <source>A referral is completed once its receipt is back; choose another reason to close it before.</source>
            <translation>A referral is completed once its receipt is back; choose another reason to close it before.</translation>
        </message>
        <message>
            <source>This student has left the school.</source>
            <translation>This student has left the school.</translation>
        </message>
        <message>
            <source>This leave does not exist.</source>
            <translation>This leave does not exist.</translation>
        </message>
        <message>
            <source>This student already has a leave or suspension that is not finished.</source>
            <translation>This student already has a leave or suspension that is not finished.</translation>
        </message>
        <message>
            <source>Choose leave or suspension.</source>
            <translation>Choose leave or suspension.</translation>
        </message>
        <message>
            <source>Choose the reason category.</source>
            <translation>Choose the reason category.</translation>
        </message>
        <message>
            <source>Unknown document in the checklist.</source>
            <translation>Unknown document in the checklist.</translation>
        </message>
        <message>
            <source>The leave cannot end ({end}) before it starts ({start}).</source>
            <translation>The leave cannot end ({end}) before it starts ({start}).</translation>
        </message>
        <message>
            <source>The date {day} is in the future.</source>
            <translation>The date {day} is in the future.</translation>
        </message>
        <message>
            <source>{what} ({day}) cannot be before {other} ({other_day}).</source>
            <translation>{what} ({day}) cannot be before {other} ({other_day}).</translation>
        </message>
        <message>
            <source>This cannot be done now: the leave is “{state}”.</source>
            <translation>This cannot be done now: the leave is “{state}”.</translation>
        </message>
        <message>
            <source>A suspension also needs the education bureau's approval: enter its date.</source>
            <translation>A suspension also needs the education bureau's approval: enter its date.</translation>
        </message>
        <message>
            <source>Name who approved for the school.</source>
            <translation>Name who approved for the school.</translation>
        </message>
        <message>
            <source>Choose the meeting's conclusion.</source>
            <translation>Choose the meeting's conclusion.</translation>
        </message>
        <message>
            <source>A postponed return needs the date of the re-assessment, after the meeting.</source>
            <translation>A postponed return needs the date of the re-assessment, after the meeting.</translation>
        </message>
        <message>
            <source>The return assessment meeting has not agreed to the return yet.</source>
            <translation>The return assessment meeting has not agreed to the return yet.</translation>
        </message>
        <message>
            <source>The support plan needs at least one line: who does what, how often.</source>
            <translation>The support plan needs at least one line: who does what, how often.</translation>
        </message>
        <message>
            <source>Support line {n}: choose what kind of support it is.</source>
            <translation>Support line {n}: choose what kind of support it is.</translation>
        </message>
        <message>
            <source>Support line {n}: name who carries it out.</source>
            <translation>Support line {n}: name who carries it out.</translation>
        </message>
        <message>
            <source>Support line {n}: this person is not on the staff any more.</source>
            <translation>Support line {n}: this person is not on the staff any more.</translation>
        </message>
        <message>
            <source>The support plan lasts from 1 to 12 months.</source>
            <translation>The support plan lasts from 1 to 12 months.</translation>
        </message>
        <message>
            <source>Someone else changed this leave since you opened it. Nothing was saved: it is shown again as it is now; make your change again.</source>
            <translation>Someone else changed this leave since you opened it. Nothing was saved: it is shown again as it is now; make your change again.</translation>
        </message>
        <message>
            <source>This student is not on the watch list. A referral opens an entry (source: medical-school liaison); confirm to open one.</source>
            <translation>This student is not on the watch list. A referral opens an entry (source: medical-school liaison); confirm to open one.</translation>
        </message>
        <message>
            <source>Someone else changed this referral since you opened it. Nothing was saved: it is shown again as it is now; make your change again.</source>
            <translation>Someone else changed this referral since you opened it. Nothing was saved: it is shown again as it is now; make your change again.</translation>
        </message>
        <message>
            <source>The date {day} is more than a year ago; check it.</source>
            <translation>The date {day} is more than a year ago; check it.</translation>
        </message>
        <message>
            <source>This entry is closed. Reopen it first.</source>
            <translation>This entry is closed. Reopen it first.</translation>
        </message>
        <message>
            <source>An entry cannot go from "{old}" to "{new}" directly.</source>
            <translation>An entry cannot go from "{old}" to "{new}" directly.</translation>
        </message>
        <message>
            <source>Decide the class of the case (mild or severe) before following it up.</source>
            <translation>Decide the class of the case (mild or severe) before following it up.</translation>
        </message>
        <message>
            <source>Give the reason for the change.</source>
            <translation>Give the reason for the change.</translation>
        </message>
        <message>
            <source>The entry already has this level.</source>
            <translation>The entry already has this level.</translation>
        </message>
        <message>
            <source>A responsible person is not in the register.</source>
            <translation>A responsible person is not in the register.</translation>
        </message>
        <message>
            <source>{name} has left the school and cannot be responsible for a student. Choose someone else.</source>
            <translation>{name} has left the school and cannot be responsible for a student. Choose someone else.</translation>
        </message>
        <message>
            <source>Unknown duty of a responsible person.</source>
            <translation>Unknown duty of a responsible person.</translation>
        </message>
        <message>
            <source>The peer carer must be another student of the register.</source>
            <translation>The peer carer must be another student of the register.</translation>
        </message>
        <message>
            <source>The parent's phone number is not valid (11 digits for a mobile, or a landline with its area code).</source>
            <translation>The parent's phone number is not valid (11 digits for a mobile, or a landline with its area code).</translation>
        </message>
        <message>
            <source>Someone else changed this entry since you opened it. Nothing was saved: the entry is shown again as it is now; check it and make your change again.</source>
            <translation>Someone else changed this entry since you opened it. Nothing was saved: the entry is shown again as it is now; check it and make your change again.</translation>
        </message>
        <message>
            <source>Choose why the entry is closed.</source>
            <translation>Choose why the entry is closed.</translation>
        </message>
        <message>
            <source>Explain the closing: what changed, who agreed, what support goes on.</source>
            <translation>Explain the closing: what changed, who agreed, what support goes on.</translation>
        </message>
        <message>
            <source>An entry at the level "{level}" cannot be closed: lower its level first, with the reason.</source>
            <translation>An entry at the level "{level}" cannot be closed: lower its level first, with the reason.</translation>
        </message>
        <message>
            <source>The closing of this entry is already waiting for the office head.</source>
            <translation>The closing of this entry is already waiting for the office head.</translation>
        </message>
        <message>
            <source>Nobody asked to close this entry.</source>
            <translation>Nobody asked to close this entry.</translation>
        </message>
        <message>
            <source>This entry is not closed.</source>
            <translation>This entry is not closed.</translation>
        </message>
        <message>
            <source>The office needs at least one risk level.</source>
            <translation>The office needs at least one risk level.</translation>
        </message>
        <message>
            <source>Days between reviews: from {min} to {max}.</source>
            <translation>Days between reviews: from {min} to {max}.</translation>
        </message>
        <message>
            <source>A level's colour is written #rrggbb.</source>
            <translation>A level's colour is written #rrggbb.</translation>
        </message>
        <message>
            <source>A level's code is lower-case letters, digits and _ (at most 20).</source>
            <translation>A level's code is lower-case letters, digits and _ (at most 20).</translation>
        </message>
        <message>
            <source>Two levels have the same code.</source>
            <translation>Two levels have the same code.</translation>
        </message>
        <message>
            <source>A level's name has at most {max} characters.</source>
            <translation>A level's name has at most {max} characters.</translation>
        </message>
        <message>
            <source>At least one level must allow closing an entry.</source>
            <translation>At least one level must allow closing an entry.</translation>
        </message>
        <message>
            <source>The level "{level}" is used by open entries: move them to another level first.</source>
            <translation>The level "{level}" is used by open entries: move them to another level first.</translation>
        </message>
        <message>
            <source>Write the plan's goal.</source>
            <translation>Write the plan's goal.</translation>
        </message>
        <message>
            <source>A plan needs at least one measure.</source>
            <translation>A plan needs at least one measure.</translation>
        </message>
        <message>
            <source>A plan has at most {max} measures.</source>
            <translation>A plan has at most {max} measures.</translation>
        </message>
        <message>
            <source>Unknown type of measure.</source>
            <translation>Unknown type of measure.</translation>
        </message>
        <message>
            <source>Unknown state of a measure.</source>
            <translation>Unknown state of a measure.</translation>
        </message>
        <message>
            <source>Measure {n}: name who carries it out.</source>
            <translation>Measure {n}: name who carries it out.</translation>
        </message>
        <message>
            <source>Measure {n}: the due date is before the start date.</source>
            <translation>Measure {n}: the due date is before the start date.</translation>
        </message>
        <message>
            <source>Measure {n}: the due date {day} has already passed.</source>
            <translation>Measure {n}: the due date {day} has already passed.</translation>
        </message>
        <message>
            <source>Measure {n}: the start date {day} is before the entry opened ({opened}).</source>
            <translation>Measure {n}: the start date {day} is before the entry opened ({opened}).</translation>
        </message>
        <message>
            <source>This measure does not exist.</source>
            <translation>This measure does not exist.</translation>
        </message>
        <message>
            <source>Only the measures of the current plan change state.</source>
            <translation>Only the measures of the current plan change state.</translation>
        </message>
        <message>
            <source>The date {day} is before the entry opened ({opened}).</source>
            <translation>The date {day} is before the entry opened ({opened}).</translation>
        </message>
        <message>
            <source>Write what was seen or said.</source>
            <translation>Write what was seen or said.</translation>
        </message>
        <message>
            <source>Choose how the follow-up was made.</source>
            <translation>Choose how the follow-up was made.</translation>
        </message>
        <message>
            <source>Choose a risk level from the office's list, or none.</source>
            <translation>Choose a risk level from the office's list, or none.</translation>
        </message>
        <message>
            <source>The next review date {day} has already passed.</source>
            <translation>The next review date {day} has already passed.</translation>
        </message>
        <message>
            <source>The next review date {day} is before the follow-up.</source>
            <translation>The next review date {day} is before the follow-up.</translation>
        </message>
        <message>
            <source>At this level the next review is due within {days} days of the follow-up, by {latest}.</source>
            <translation>At this level the next review is due within {days} days of the follow-up, by {latest}.</translation>
        </message>
        <message>
            <source>The record to add to does not exist.</source>
            <translation>The record to add to does not exist.</translation>
        </message>
        <message>
            <source>Start the meeting before finalizing it.</source>
            <translation>Start the meeting before finalizing it.</translation>
        </message>
        <message>
            <source>The meeting is dated {day}: it cannot be finalized before it is held.</source>
            <translation>The meeting is dated {day}: it cannot be finalized before it is held.</translation>
        </message>
        <message>
            <source>Name the chair and the minute-taker before finalizing.</source>
            <translation>Name the chair and the minute-taker before finalizing.</translation>
        </message>
        <message>
            <source>Mark who was present (and who was absent) before finalizing.</source>
            <translation>Mark who was present (and who was absent) before finalizing.</translation>
        </message>
        <message>
            <source>{count} people are still only invited: mark each as present or absent.</source>
            <translation>{count} people are still only invited: mark each as present or absent.</translation>
        </message>
        <message>
            <source>{count} students on the agenda have no decision yet.</source>
            <translation>{count} students on the agenda have no decision yet.</translation>
        </message>
        <message>
            <source>Item {n} of the agenda: the student's watch-list entry was closed meanwhile. Record its decision again.</source>
            <translation>Item {n} of the agenda: the student's watch-list entry was closed meanwhile. Record its decision again.</translation>
        </message>
        <message>
            <source>Item {n} of the agenda: its decision no longer fits the entry, which changed since (level or state). Record the decision again.</source>
            <translation>Item {n} of the agenda: its decision no longer fits the entry, which changed since (level or state). Record the decision again.</translation>
        </message>
        <message>
            <source>Addenda are for finalized minutes; change the meeting itself instead.</source>
            <translation>Addenda are for finalized minutes; change the meeting itself instead.</translation>
        </message>
        <message>
            <source>Write the correction or addition.</source>
            <translation>Write the correction or addition.</translation>
        </message>
        <message>
            <source>This referral suggestion does not exist or has its referral already.</source>
            <translation>This referral suggestion does not exist or has its referral already.</translation>
        </message>
        <message>
            <source>Choose how the parent was contacted.</source>
            <translation>Choose how the parent was contacted.</translation>
        </message>
        <message>
            <source>Choose the result of the contact.</source>
            <translation>Choose the result of the contact.</translation>
        </message>
        <message>
            <source>Name whom you talked to (mother, father, grandmother …).</source>
            <translation>Name whom you talked to (mother, father, grandmother …).</translation>
        </message>
        <message>
            <source>Write what was communicated.</source>
            <translation>Write what was communicated.</translation>
        </message>
        <message>
            <source>The next contact date {day} is before the contact.</source>
            <translation>The next contact date {day} is before the contact.</translation>
        </message>
        <message>
            <source>This student has never been on the watch list.</source>
            <translation>This student has never been on the watch list.</translation>
        </message>
        <message>
            <source>The watch-list entry {entry} is not one of this student's entries.</source>
            <translation>The watch-list entry {entry} is not one of this student's entries.</translation>
        </message>
        <message>
            <source>“{entry}” is not a watch-list entry number (write it as on the sheets, for example 2026-007).</source>
            <translation>“{entry}” is not a watch-list entry number (write it as on the sheets, for example 2026-007).</translation>
        </message>
        <message>
            <source>There is no grade “{grade}”. The grades are: {grades}.</source>
            <translation>There is no grade “{grade}”. The grades are: {grades}.</translation>
        </message>
        <message>
            <source>There is no state “{state}”. Write one of: {states}.</source>
            <translation>There is no state “{state}”. Write one of: {states}.</translation>
        </message>
        <message>
            <source>The class {klass} is not in the grade {grade}.</source>
            <translation>The class {klass} is not in the grade {grade}.</translation>
        </message>
        <message>
            <source>An export with the students' full names must state its purpose (for example: 转介至市精神卫生中心). Give the purpose, or export with the names masked.</source>
            <translation>An export with the students' full names must state its purpose (for example: 转介至市精神卫生中心). Give the purpose, or export with the names masked.</translation>
        </message>
        <message>
            <source>Say what the export is for (for example: 2026 autumn report to the district education bureau).</source>
            <translation>Say what the export is for (for example: 2026 autumn report to the district education bureau).</translation>
        </message>
        <message>
            <source>The purpose has at most {max} characters.</source>
            <translation>The purpose has at most {max} characters.</translation>
        </message>
        <message>
            <source>A short code is 2 to 24 letters, digits, - or _ (for example SFZX).</source>
            <translation>A short code is 2 to 24 letters, digits, - or _ (for example SFZX).</translation>
        </message>
        <message>
            <source>the scale</source>
            <translation>the scale</translation>
        </message>
        <message>
            <source>item {item}</source>
            <translation>item {item}</translation>
        </message>
        <message>
            <source>answer option {option}</source>
            <translation>answer option {option}</translation>
        </message>
        <message>
            <source>factor {factor}</source>
            <translation>factor {factor}</translation>
        </message>
        <message>
            <source>band {band} of factor {factor}</source>
            <translation>band {band} of factor {factor}</translation>
        </message>
        <message>
            <source>the bands</source>
            <translation>the bands</translation>
        </message>
        <message>
            <source>band {band}</source>
            <translation>band {band}</translation>
        </message>
        <message>
            <source>class {band}</source>
            <translation>class {band}</translation>
        </message>
        <message>
            <source>the total</source>
            <translation>the total</translation>
        </message>
        <message>
            <source>the positive rule</source>
            <translation>the positive rule</translation>
        </message>
        <message>
            <source>the key items</source>
            <translation>the key items</translation>
        </message>
        <message>
            <source>the validity scale</source>
            <translation>the validity scale</translation>
        </message>
        <message>
            <source>the positive-item count (item_stats)</source>
            <translation>the positive-item count (item_stats)</translation>
        </message>
        <message>
            <source>setting {setting}</source>
            <translation>setting {setting}</translation>
        </message>
        <message>
            <source>who the scale is for (applies_to)</source>
            <translation>who the scale is for (applies_to)</translation>
        </message>
        <message>
            <source>the notes</source>
            <translation>the notes</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>a number</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>a list of texts</source>
            <translation>a list of texts</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <source>a list of item numbers</source>
            <translation>a list of item numbers</translation>
        </message>
        <message>
            <source>a list that is not empty</source>
            <translation>a list that is not empty</translation>
        </message>
        <message>
            <source>an object (fields in curly brackets)</source>
            <translation>an object (fields in curly brackets)</translation>
        </message>
        <message>
            <source>an object with a Chinese "zh" and an English "en" text</source>
            <translation>an object with a Chinese "zh" and an English "en" text</translation>
        </message>
        <message>
            <source>a list of rules</source>
            <translation>a list of rules</translation>
        </message>
        <message>
            <source>whole numbers</source>
            <translation>whole numbers</translation>
        </message>
        <message>
            <source>numbers with at most two decimals</source>
            <translation>numbers with at most two decimals</translation>
        </message>
        <message>
            <source>Scale definition: the file is too large ({size} KB; at most {max} KB).</source>
            <translation>Scale definition: the file is too large ({size} KB; at most {max} KB).</translation>
        </message>
        <message>
            <source>Scale definition: the file is not a text file (save it as UTF-8 JSON).</source>
            <translation>Scale definition: the file is not a text file (save it as UTF-8 JSON).</translation>
        </message>
        <message>
            <source>Scale definition: not valid JSON at line {line}, column {column} ({reason}).</source>
            <translation>Scale definition: not valid JSON at line {line}, column {column} ({reason}).</translation>
        </message>
        <message>
            <source>Scale definition: the file must hold one JSON object (the definition's fields in curly brackets).</source>
            <translation>Scale definition: the file must hold one JSON object (the definition's fields in curly brackets).</translation>
        </message>
        <message>
            <source>Scale definition: {number} is not a number JSON allows, or it is far too large.</source>
            <translation>Scale definition: {number} is not a number JSON allows, or it is far too large.</translation>
        </message>
        <message>
            <source>Scale definition: the field "{key}" is written twice in one place.</source>
            <translation>Scale definition: the field "{key}" is written twice in one place.</translation>
        </message>
        <message>
            <source>Scale definition: format {found} is not one this version of the application reads (it reads format {known}).</source>
            <translation>Scale definition: format {found} is not one this version of the application reads (it reads format {known}).</translation>
        </message>
        <message>
            <source>Scale definition: the code "{code}" must be 1 to 20 letters, digits, - or _, without spaces.</source>
            <translation>Scale definition: the code "{code}" must be 1 to 20 letters, digits, - or _, without spaces.</translation>
        </message>
        <message>
            <source>Scale definition: the version must be a whole number, 1 or more.</source>
            <translation>Scale definition: the version must be a whole number, 1 or more.</translation>
        </message>
        <message>
            <source>Scale definition: unknown field "{key}" in {where}.</source>
            <translation>Scale definition: unknown field "{key}" in {where}.</translation>
        </message>
        <message>
            <source>Scale definition: {where} lacks the field "{key}".</source>
            <translation>Scale definition: {where} lacks the field "{key}".</translation>
        </message>
        <message>
            <source>Scale definition: {where} must be an object (fields in curly brackets).</source>
            <translation>Scale definition: {where} must be an object (fields in curly brackets).</translation>
        </message>
        <message>
            <source>Scale definition: "{key}" in {where} must be {kind}.</source>
            <translation>Scale definition: "{key}" in {where} must be {kind}.</translation>
        </message>
        <message>
            <source>Scale definition: "{key}" in {where} must be from {low} to {high}.</source>
            <translation>Scale definition: "{key}" in {where} must be from {low} to {high}.</translation>
        </message>
        <message>
            <source>Scale definition: "{key}" in {where} is empty.</source>
            <translation>Scale definition: "{key}" in {where} is empty.</translation>
        </message>
        <message>
            <source>Scale definition: "{key}" in {where} is too long (at most {max} characters).</source>
            <translation>Scale definition: "{key}" in {where} is too long (at most {max} characters).</translation>
        </message>
        <message>
            <source>Scale definition: "{key}" in {where} has too many entries (at most {max}).</source>
            <translation>Scale definition: "{key}" in {where} has too many entries (at most {max}).</translation>
        </message>
        <message>
            <source>Scale definition: item_count says {count} items, but {found} are listed.</source>
            <translation>Scale definition: item_count says {count} items, but {found} are listed.</translation>
        </message>
        <message>
            <source>Scale definition: the items must be numbered 1 to {count} in order; entry {position} of the list has the number {number}.</source>
            <translation>Scale definition: the items must be numbered 1 to {count} in order; entry {position} of the list has the number {number}.</translation>
        </message>
        <message>
            <source>Scale definition: the answer scores must be at least two whole numbers counting up by one (such as 0, 1, 2, 3); found {scores}.</source>
            <translation>Scale definition: the answer scores must be at least two whole numbers counting up by one (such as 0, 1, 2, 3); found {scores}.</translation>
        </message>
        <message>
            <source>Scale definition: the answer word "{word}" names two different scores.</source>
            <translation>Scale definition: the answer word "{word}" names two different scores.</translation>
        </message>
        <message>
            <source>Scale definition: the answer word "{word}" in {where} is a number; the scores are the numbers.</source>
            <translation>Scale definition: the answer word "{word}" in {where} is a number; the scores are the numbers.</translation>
        </message>
        <message>
            <source>Scale definition: {where} names item {number}, but the scale has items 1 to {count}.</source>
            <translation>Scale definition: {where} names item {number}, but the scale has items 1 to {count}.</translation>
        </message>
        <message>
            <source>Scale definition: {where} names item {number} twice.</source>
            <translation>Scale definition: {where} names item {number} twice.</translation>
        </message>
        <message>
            <source>Scale definition: the total counts no item at all.</source>
            <translation>Scale definition: the total counts no item at all.</translation>
        </message>
        <message>
            <source>Scale definition: the standard-score multiplier must be a number above 0.</source>
            <translation>Scale definition: the standard-score multiplier must be a number above 0.</translation>
        </message>
        <message>
            <source>Scale definition: item {number} is in two factors, {first} and {second}; an item belongs to one factor at most.</source>
            <translation>Scale definition: item {number} is in two factors, {first} and {second}; an item belongs to one factor at most.</translation>
        </message>
        <message>
            <source>Scale definition: item {number} is in no factor, but this scale requires every scored item in one (factors_cover_total).</source>
            <translation>Scale definition: item {number} is in no factor, but this scale requires every scored item in one (factors_cover_total).</translation>
        </message>
        <message>
            <source>Scale definition: two factors have the id "{named}".</source>
            <translation>Scale definition: two factors have the id "{named}".</translation>
        </message>
        <message>
            <source>Scale definition: {where} holds item {number}, which the total does not count (excluded or auxiliary).</source>
            <translation>Scale definition: {where} holds item {number}, which the total does not count (excluded or auxiliary).</translation>
        </message>
        <message>
            <source>Scale definition: "score" in {where} must be "sum" or "mean".</source>
            <translation>Scale definition: "score" in {where} must be "sum" or "mean".</translation>
        </message>
        <message>
            <source>Scale definition: {where} ends before it starts (min above max).</source>
            <translation>Scale definition: {where} ends before it starts (min above max).</translation>
        </message>
        <message>
            <source>Scale definition: the bands of {where} must follow one another without gap or overlap: {first} ends at {high}, {second} starts at {low}.</source>
            <translation>Scale definition: the bands of {where} must follow one another without gap or overlap: {first} ends at {high}, {second} starts at {low}.</translation>
        </message>
        <message>
            <source>Scale definition: the first band of {where} must start at {low}, the lowest possible score (it starts at {found}).</source>
            <translation>Scale definition: the first band of {where} must start at {low}, the lowest possible score (it starts at {found}).</translation>
        </message>
        <message>
            <source>Scale definition: the last band of {where} must end at {high}, the highest possible score (it ends at {found}).</source>
            <translation>Scale definition: the last band of {where} must end at {high}, the highest possible score (it ends at {found}).</translation>
        </message>
        <message>
            <source>Scale definition: the limits of {where} must be {grid}.</source>
            <translation>Scale definition: the limits of {where} must be {grid}.</translation>
        </message>
        <message>
            <source>Scale definition: two bands of {where} are called {named}.</source>
            <translation>Scale definition: two bands of {where} are called {named}.</translation>
        </message>
        <message>
            <source>Scale definition: the bands must have either "ranges" (score ranges) or "classes" (rules), not both or neither.</source>
            <translation>Scale definition: the bands must have either "ranges" (score ranges) or "classes" (rules), not both or neither.</translation>
        </message>
        <message>
            <source>Scale definition: score ranges apply to "total", "total_mean" or (with a standard-score multiplier) "standard", not "{measure}".</source>
            <translation>Scale definition: score ranges apply to "total", "total_mean" or (with a standard-score multiplier) "standard", not "{measure}".</translation>
        </message>
        <message>
            <source>Scale definition: the classes need at least two entries (the last one takes everyone else).</source>
            <translation>Scale definition: the classes need at least two entries (the last one takes everyone else).</translation>
        </message>
        <message>
            <source>Scale definition: the last class ({named}) must have no rules: it takes everyone the classes above do not.</source>
            <translation>Scale definition: the last class ({named}) must have no rules: it takes everyone the classes above do not.</translation>
        </message>
        <message>
            <source>Scale definition: class {named} has no rules; only the last class may have none.</source>
            <translation>Scale definition: class {named} has no rules; only the last class may have none.</translation>
        </message>
        <message>
            <source>Scale definition: a rule of {where} uses "{measure}", which this scale does not have (it has: {known}).</source>
            <translation>Scale definition: a rule of {where} uses "{measure}", which this scale does not have (it has: {known}).</translation>
        </message>
        <message>
            <source>Scale definition: a rule of {where} compares with "{op}"; use &gt;=, &gt;, &lt;=, &lt; or ==.</source>
            <translation>Scale definition: a rule of {where} compares with "{op}"; use &gt;=, &gt;, &lt;=, &lt; or ==.</translation>
        </message>
        <message>
            <source>Scale definition: a rule of {where} names the factor "{named}", which the scale does not have.</source>
            <translation>Scale definition: a rule of {where} names the factor "{named}", which the scale does not have.</translation>
        </message>
        <message>
            <source>Scale definition: a rule of {where} names the band "{named}", which the scale does not have.</source>
            <translation>Scale definition: a rule of {where} names the band "{named}", which the scale does not have.</translation>
        </message>
        <message>
            <source>Scale definition: the positive rule needs at least one condition.</source>
            <translation>Scale definition: the positive rule needs at least one condition.</translation>
        </message>
        <message>
            <source>Scale definition: "{setting}" is used as a setting but not defined under "settings".</source>
            <translation>Scale definition: "{setting}" is used as a setting but not defined under "settings".</translation>
        </message>
        <message>
            <source>Scale definition: the setting "{setting}" is used by no rule.</source>
            <translation>Scale definition: the setting "{setting}" is used by no rule.</translation>
        </message>
        <message>
            <source>Scale definition: the name of {where} must be lower-case letters, digits and _.</source>
            <translation>Scale definition: the name of {where} must be lower-case letters, digits and _.</translation>
        </message>
        <message>
            <source>Scale definition: the value of {where} must be a number, a comparison (&gt;=, &gt;, &lt;=, &lt;, ==) or a list of item numbers.</source>
            <translation>Scale definition: the value of {where} must be a number, a comparison (&gt;=, &gt;, &lt;=, &lt;, ==) or a list of item numbers.</translation>
        </message>
        <message>
            <source>Scale definition: the validity items must not count in the total; item {number} does (list it under total.exclude).</source>
            <translation>Scale definition: the validity items must not count in the total; item {number} does (list it under total.exclude).</translation>
        </message>
        <message>
            <source>Scale definition: grade_levels must be two grades from 1 to 12, the first not above the second (such as [4, 12]).</source>
            <translation>Scale definition: grade_levels must be two grades from 1 to 12, the first not above the second (such as [4, 12]).</translation>
        </message>
        <message>
            <source>{scale}: answers are missing for item(s) {numbers}; the sheet cannot be scored.</source>
            <translation>{scale}: answers are missing for item(s) {numbers}; the sheet cannot be scored.</translation>
        </message>
        <message>
            <source>{scale}: answers are missing for item(s) {numbers}; the sheet cannot be scored. A key item was hit (item(s) {keys}): a counselor needs to review it promptly.</source>
            <translation>{scale}: answers are missing for item(s) {numbers}; the sheet cannot be scored. A key item was hit (item(s) {keys}): a counselor needs to review it promptly.</translation>
        </message>
        <message>
            <source>{scale} has no item {number}.</source>
            <translation>{scale} has no item {number}.</translation>
        </message>
        <message>
            <source>{scale}, item {number}: {value} is not an answer score (the scores run from {low} to {high}).</source>
            <translation>{scale}, item {number}: {value} is not an answer score (the scores run from {low} to {high}).</translation>
        </message>
        <message>
            <source>{scale}: neither a total nor a factor score was given.</source>
            <translation>{scale}: neither a total nor a factor score was given.</translation>
        </message>
        <message>
            <source>{scale}: the {what} "{value}" is not a number.</source>
            <translation>{scale}: the {what} "{value}" is not a number.</translation>
        </message>
        <message>
            <source>{scale}: the {what} {value} must be a whole number.</source>
            <translation>{scale}: the {what} {value} must be a whole number.</translation>
        </message>
        <message>
            <source>{scale}: the {what} {value} has more than two decimals.</source>
            <translation>{scale}: the {what} {value} has more than two decimals.</translation>
        </message>
        <message>
            <source>{scale}: the {what} {value} is outside the possible range ({low} to {high}).</source>
            <translation>{scale}: the {what} {value} is outside the possible range ({low} to {high}).</translation>
        </message>
        <message>
            <source>{scale} has no factor "{named}".</source>
            <translation>{scale} has no factor "{named}".</translation>
        </message>
        <message>
            <source>{scale}: the total {total} is not the sum of the factor scores ({sum}).</source>
            <translation>{scale}: the total {total} is not the sum of the factor scores ({sum}).</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>score of factor {named}</source>
            <translation>score of factor {named}</translation>
        </message>
        <message>
            <source>count of positive items</source>
            <translation>count of positive items</translation>
        </message>
        <message>
            <source>validity (lie) score</source>
            <translation>validity (lie) score</translation>
        </message>
        <message>
            <source>The date {value} is not valid. Write it like 2026-11-02.</source>
            <translation>The date {value} is not valid. Write it like 2026-11-02.</translation>
        </message>
        <message>
            <source>A weekday is a number from 0 (Monday) to 6 (Sunday).</source>
            <translation>A weekday is a number from 0 (Monday) to 6 (Sunday).</translation>
        </message>
        <message>
            <source>Give the shift a period, e.g. lunch break.</source>
            <translation>Give the shift a period, e.g. lunch break.</translation>
        </message>
        <message>
            <source>A name has at most {max} characters.</source>
            <translation>A name has at most {max} characters.</translation>
        </message>
        <message>
            <source>A shift must end after it starts, on the same day ({start}–{end}).</source>
            <translation>A shift must end after it starts, on the same day ({start}–{end}).</translation>
        </message>
        <message>
            <source>A shift needs from 1 to {max} people.</source>
            <translation>A shift needs from 1 to {max} people.</translation>
        </message>
        <message>
            <source>Say when the person cannot take duty: a date (or from–to) or a weekday.</source>
            <translation>Say when the person cannot take duty: a date (or from–to) or a weekday.</translation>
        </message>
        <message>
            <source>The last day ({last}) comes before the first ({first}).</source>
            <translation>The last day ({last}) comes before the first ({first}).</translation>
        </message>
        <message>
            <source>This swap or cover request does not exist.</source>
            <translation>This swap or cover request does not exist.</translation>
        </message>
        <message>
            <source>This duty is in the past: it can no longer be swapped or covered.</source>
            <translation>This duty is in the past: it can no longer be swapped or covered.</translation>
        </message>
        <message>
            <source>Choose a duty of another person.</source>
            <translation>Choose a duty of another person.</translation>
        </message>
        <message>
            <source>Both duties are the same shift: there is nothing to swap.</source>
            <translation>Both duties are the same shift: there is nothing to swap.</translation>
        </message>
        <message>
            <source>A request for one of these duties is already open.</source>
            <translation>A request for one of these duties is already open.</translation>
        </message>
        <message>
            <source>This request is already {state}.</source>
            <translation>This request is already {state}.</translation>
        </message>
        <message>
            <source>The colleague has not accepted this swap yet.</source>
            <translation>The colleague has not accepted this swap yet.</translation>
        </message>
        <message>
            <source>Only a swap is accepted by a colleague; a cover goes to the head directly.</source>
            <translation>Only a swap is accepted by a colleague; a cover goes to the head directly.</translation>
        </message>
        <message>
            <source>Only the colleague asked can accept or decline this swap, from their own account.</source>
            <translation>Only the colleague asked can accept or decline this swap, from their own account.</translation>
        </message>
        <message>
            <source>You asked for this swap: the colleague has to answer it.</source>
            <translation>You asked for this swap: the colleague has to answer it.</translation>
        </message>
        <message>
            <source>Choose why the duty is given away.</source>
            <translation>Choose why the duty is given away.</translation>
        </message>
        <message>
            <source>The one asking cannot take the duty of {day}: {why}</source>
            <translation>The one asking cannot take the duty of {day}: {why}</translation>
        </message>
        <message>
            <source>The colleague cannot take the duty of {day}: {why}</source>
            <translation>The colleague cannot take the duty of {day}: {why}</translation>
        </message>
        <message>
            <source>One of the duties changed hands since the request was made. Nothing was changed: the request can only be rejected.</source>
            <translation>One of the duties changed hands since the request was made. Nothing was changed: the request can only be rejected.</translation>
        </message>
        <message>
            <source>The dates must lie inside the semester ({start} to {end}).</source>
            <translation>The dates must lie inside the semester ({start} to {end}).</translation>
        </message>
        <message>
            <source>The last day comes before the first.</source>
            <translation>The last day comes before the first.</translation>
        </message>
        <message>
            <source>These days are past: a roster is generated from today on.</source>
            <translation>These days are past: a roster is generated from today on.</translation>
        </message>
        <message>
            <source>The roster changed since this preview was made. Nothing was saved: make the preview again.</source>
            <translation>The roster changed since this preview was made. Nothing was saved: make the preview again.</translation>
        </message>
        <message>
            <source>This shift does not take place on {day}.</source>
            <translation>This shift does not take place on {day}.</translation>
        </message>
        <message>
            <source>This person is already on this shift.</source>
            <translation>This person is already on this shift.</translation>
        </message>
        <message>
            <source>This shift already has the {heads} people it needs.</source>
            <translation>This shift already has the {heads} people it needs.</translation>
        </message>
        <message>
            <source>This person is not on the semester's duty list.</source>
            <translation>This person is not on the semester's duty list.</translation>
        </message>
        <message>
            <source>This person has left the school or their account is deactivated.</source>
            <translation>This person has left the school or their account is deactivated.</translation>
        </message>
        <message>
            <source>This person may not take this shift (see who may take it).</source>
            <translation>This person may not take this shift (see who may take it).</translation>
        </message>
        <message>
            <source>This person is unavailable then ({reason}).</source>
            <translation>This person is unavailable then ({reason}).</translation>
        </message>
        <message>
            <source>This person is on another shift at the same time.</source>
            <translation>This person is on another shift at the same time.</translation>
        </message>
        <message>
            <source>This duty does not exist.</source>
            <translation>This duty does not exist.</translation>
        </message>
        <message>
            <source>A duty log or a swap request refers to this duty: it cannot be removed. Give it to someone else.</source>
            <translation>A duty log or a swap request refers to this duty: it cannot be removed. Give it to someone else.</translation>
        </message>
        <message>
            <source>Your account is not linked to a staff member: ask the office head to link it (Staff page).</source>
            <translation>Your account is not linked to a staff member: ask the office head to link it (Staff page).</translation>
        </message>
        <message>
            <source>The holidays of {years} are not known yet, so the school days cannot be planned. Enter them on the School calendar page (Register and calendar), then try again.</source>
            <translation>The holidays of {years} are not known yet, so the school days cannot be planned. Enter them on the School calendar page (Register and calendar), then try again.</translation>
        </message>
        <message>
            <source>{gaps} seat(s) of the roster are still empty. Publish anyway only if you confirm it.</source>
            <translation>{gaps} seat(s) of the roster are still empty. Publish anyway only if you confirm it.</translation>
        </message>
        <message>
            <source>{conflicts} duty(ies) break a rule (someone unavailable, on two shifts at once, who left or whose account is deactivated). Resolve them before publishing.</source>
            <translation>{conflicts} duty(ies) break a rule (someone unavailable, on two shifts at once, who left or whose account is deactivated). Resolve them before publishing.</translation>
        </message>
        <message>
            <source>No scale is called {name}. The office's scales: {scales}.</source>
            <translation>No scale is called {name}. The office's scales: {scales}.</translation>
        </message>
        <message>
            <source>The office has version {version} of {code} already, with other rules. A changed definition needs a higher "version" (results keep the version that scored them).</source>
            <translation>The office has version {version} of {code} already, with other rules. A changed definition needs a higher "version" (results keep the version that scored them).</translation>
        </message>
        <message>
            <source>The office has this definition already ({code}, version {version}).</source>
            <translation>The office has this definition already ({code}, version {version}).</translation>
        </message>
        <message>
            <source>The file {name} cannot be read.</source>
            <translation>The file {name} cannot be read.</translation>
        </message>
        <message>
            <source>This screening campaign does not exist.</source>
            <translation>This screening campaign does not exist.</translation>
        </message>
        <message>
            <source>Give the campaign a name, e.g. Grade 7 mental-health screening, autumn 2026.</source>
            <translation>Give the campaign a name, e.g. Grade 7 mental-health screening, autumn 2026.</translation>
        </message>
        <message>
            <source>The campaign's name is too long (at most {max} characters).</source>
            <translation>The campaign's name is too long (at most {max} characters).</translation>
        </message>
        <message>
            <source>Another screening campaign already has this name.</source>
            <translation>Another screening campaign already has this name.</translation>
        </message>
        <message>
            <source>Choose the grades or classes the campaign screens.</source>
            <translation>Choose the grades or classes the campaign screens.</translation>
        </message>
        <message>
            <source>The campaign must end on or after the day it starts.</source>
            <translation>The campaign must end on or after the day it starts.</translation>
        </message>
        <message>
            <source>A chosen grade or class is not in the register.</source>
            <translation>A chosen grade or class is not in the register.</translation>
        </message>
        <message>
            <source>This student is not one the campaign screens.</source>
            <translation>This student is not one the campaign screens.</translation>
        </message>
        <message>
            <source>Unknown disposition (due, absent or exempt).</source>
            <translation>Unknown disposition (due, absent or exempt).</translation>
        </message>
        <message>
            <source>A student is marked tested when the result is imported; this student has a result already.</source>
            <translation>A student is marked tested when the result is imported; this student has a result already.</translation>
        </message>
        <message>
            <source>Give the reason why the student is absent or exempt.</source>
            <translation>Give the reason why the student is absent or exempt.</translation>
        </message>
        <message>
            <source>The reason is too long (at most {max} characters).</source>
            <translation>The reason is too long (at most {max} characters).</translation>
        </message>
        <message>
            <source>No screening campaign is called {name}.</source>
            <translation>No screening campaign is called {name}.</translation>
        </message>
        <message>
            <source>The campaign {campaign} screens with {scale}: import its results with that scale.</source>
            <translation>The campaign {campaign} screens with {scale}: import its results with that scale.</translation>
        </message>
        <message>
            <source>The file holds no results to import.</source>
            <translation>The file holds no results to import.</translation>
        </message>
        <message>
            <source>Results of this campaign changed since the check (another import?): check the file again.</source>
            <translation>Results of this campaign changed since the check (another import?): check the file again.</translation>
        </message>
        <message>
            <source>This screening result does not exist.</source>
            <translation>This screening result does not exist.</translation>
        </message>
        <message>
            <source>Say why the result is corrected (the reason is recorded).</source>
            <translation>Say why the result is corrected (the reason is recorded).</translation>
        </message>
        <message>
            <source>The sheet is this student's already.</source>
            <translation>The sheet is this student's already.</translation>
        </message>
        <message>
            <source>This student has a result in the campaign already: remove the wrong one first.</source>
            <translation>This student has a result in the campaign already: remove the wrong one first.</translation>
        </message>
        <message>
            <source>Every sheet of this campaign is scored by the newest version of its scale already.</source>
            <translation>Every sheet of this campaign is scored by the newest version of its scale already.</translation>
        </message>
        <message>
            <source>The campaign's results changed since the preview: preview the rescoring again.</source>
            <translation>The campaign's results changed since the preview: preview the rescoring again.</translation>
        </message>
        <message>
            <source>This sheet hit a key item: say why you open its answers (the reason is recorded).</source>
            <translation>This sheet hit a key item: say why you open its answers (the reason is recorded).</translation>
        </message>
        <message>
            <source>Export at most one year of duties at a time.</source>
            <translation>Export at most one year of duties at a time.</translation>
        </message>
        <message>
            <source>This duty log is signed: it is kept as it is.</source>
            <translation>This duty log is signed: it is kept as it is.</translation>
        </message>
        <message>
            <source>This shift has not begun yet: its log is written on the day.</source>
            <translation>This shift has not begun yet: its log is written on the day.</translation>
        </message>
        <message>
            <source>The leaving time comes before the arrival.</source>
            <translation>The leaving time comes before the arrival.</translation>
        </message>
        <message>
            <source>Write the arrival and leaving times before signing the log.</source>
            <translation>Write the arrival and leaving times before signing the log.</translation>
        </message>
        <message>
            <source>This duty has no log yet.</source>
            <translation>This duty has no log yet.</translation>
        </message>
        <message>
            <source>Choose who came or called.</source>
            <translation>Choose who came or called.</translation>
        </message>
        <message>
            <source>Choose the topic of the contact.</source>
            <translation>Choose the topic of the contact.</translation>
        </message>
        <message>
            <source>Choose how the contact was handled.</source>
            <translation>Choose how the contact was handled.</translation>
        </message>
        <message>
            <source>Minutes are a number from 0 to {max}.</source>
            <translation>Minutes are a number from 0 to {max}.</translation>
        </message>
        <message>
            <source>A text is too long (at most {max} characters).</source>
            <translation>A text is too long (at most {max} characters).</translation>
        </message>
        <message>
            <source>The file {file} beside the program should name the office's data folder as a full path, but it does not. Run the installer again and choose the data folder, or start the program with --data-dir.</source>
            <translation>The file {file} beside the program should name the office's data folder as a full path, but it does not. Run the installer again and choose the data folder, or start the program with --data-dir.</translation>
        </message>
        <message>
            <source>The month must be written as year and month, e.g. 2026-11.</source>
            <translation>The month must be written as year and month, e.g. 2026-11.</translation>
        </message>
        <message>
            <source>The meeting day {day} is not in the month {month}.</source>
            <translation>The meeting day {day} is not in the month {month}.</translation>
        </message>
        <message>
            <source>Choose one of the decisions of the list.</source>
            <translation>Choose one of the decisions of the list.</translation>
        </message>
        <message>
            <source>Raising the level needs a level higher than the present one.</source>
            <translation>Raising the level needs a level higher than the present one.</translation>
        </message>
        <message>
            <source>Lowering the level needs a level lower than the present one.</source>
            <translation>Lowering the level needs a level lower than the present one.</translation>
        </message>
        <message>
            <source>Only a decision to raise or lower the level changes it.</source>
            <translation>Only a decision to raise or lower the level changes it.</translation>
        </message>
        <message>
            <source>Ending the watch needs the reason for closing the entry.</source>
            <translation>Ending the watch needs the reason for closing the entry.</translation>
        </message>
        <message>
            <source>An entry at the level "{level}" cannot end its watch at once: lower its level first (at this meeting: decide to lower it).</source>
            <translation>An entry at the level "{level}" cannot end its watch at once: lower its level first (at this meeting: decide to lower it).</translation>
        </message>
        <message>
            <source>This entry still waits for its review: decide the class of the case (mild or severe) with the decision.</source>
            <translation>This entry still waits for its review: decide the class of the case (mild or severe) with the decision.</translation>
        </message>
        <message>
            <source>The next review date {day} is not after the meeting day.</source>
            <translation>The next review date {day} is not after the meeting day.</translation>
        </message>
        <message>
            <source>At the level "{level}" the next review is due within {days} days of the meeting, by {latest}.</source>
            <translation>At the level "{level}" the next review is due within {days} days of the meeting, by {latest}.</translation>
        </message>
        <message>
            <source>No such semester or school year: {period} (write 2026-2027-1 or 2026-2027).</source>
            <translation>No such semester or school year: {period} (write 2026-2027-1 or 2026-2027).</translation>
        </message>
        <message>
            <source>No school year covers today: add it under School calendar first.</source>
            <translation>No school year covers today: add it under School calendar first.</translation>
        </message>
        <message>
            <source>Unknown kind of compliance record.</source>
            <translation>Unknown kind of compliance record.</translation>
        </message>
        <message>
            <source>This record no longer exists.</source>
            <translation>This record no longer exists.</translation>
        </message>
        <message>
            <source>The date must be a day such as 2026-09-21.</source>
            <translation>The date must be a day such as 2026-09-21.</translation>
        </message>
        <message>
            <source>Give the record a title (at most {max} characters).</source>
            <translation>Give the record a title (at most {max} characters).</translation>
        </message>
        <message>
            <source>At most {max} characters.</source>
            <translation>At most {max} characters.</translation>
        </message>
        <message>
            <source>Choose a class.</source>
            <translation>Choose a class.</translation>
        </message>
        <message>
            <source>Choose at least one class.</source>
            <translation>Choose at least one class.</translation>
        </message>
        <message>
            <source>The class is not in the register.</source>
            <translation>The class is not in the register.</translation>
        </message>
        <message>
            <source>Choose a staff member of the register.</source>
            <translation>Choose a staff member of the register.</translation>
        </message>
        <message>
            <source>Lesson periods: from 1 to 10.</source>
            <translation>Lesson periods: from 1 to 10.</translation>
        </message>
        <message>
            <source>Hours: more than 0 and at most {max}.</source>
            <translation>Hours: more than 0 and at most {max}.</translation>
        </message>
        <message>
            <source>A number of people is a whole number from 0.</source>
            <translation>A number of people is a whole number from 0.</translation>
        </message>
        <message>
            <source>Choose one of the listed kinds.</source>
            <translation>Choose one of the listed kinds.</translation>
        </message>
        <message>
            <source>Amounts and areas are numbers from 0 (leave empty when unknown).</source>
            <translation>Amounts and areas are numbers from 0 (leave empty when unknown).</translation>
        </message>
        <message>
            <source>The school year does not exist.</source>
            <translation>The school year does not exist.</translation>
        </message>
        <message>
            <source>This review meeting does not exist.</source>
            <translation>This review meeting does not exist.</translation>
        </message>
        <message>
            <source>This grade or department is not in the register.</source>
            <translation>This grade or department is not in the register.</translation>
        </message>
        <message>
            <source>This grade or department is archived: it holds no more meetings.</source>
            <translation>This grade or department is archived: it holds no more meetings.</translation>
        </message>
        <message>
            <source>{grade} already has its review meeting for {month}. A second meeting in the same month is an extra one: give it a name (e.g. 临时研判会).</source>
            <translation>{grade} already has its review meeting for {month}. A second meeting in the same month is an extra one: give it a name (e.g. 临时研判会).</translation>
        </message>
        <message>
            <source>{grade} already has a meeting named "{name}" in {month}.</source>
            <translation>{grade} already has a meeting named "{name}" in {month}.</translation>
        </message>
        <message>
            <source>Write the time as hours and minutes, e.g. 15:30.</source>
            <translation>Write the time as hours and minutes, e.g. 15:30.</translation>
        </message>
        <message>
            <source>The meeting ends before it starts.</source>
            <translation>The meeting ends before it starts.</translation>
        </message>
        <message>
            <source>The meeting day {day} is more than a year away from today; check it.</source>
            <translation>The meeting day {day} is more than a year away from today; check it.</translation>
        </message>
        <message>
            <source>A person chosen is not in the register.</source>
            <translation>A person chosen is not in the register.</translation>
        </message>
        <message>
            <source>{name} has left the school. Choose someone else.</source>
            <translation>{name} has left the school. Choose someone else.</translation>
        </message>
        <message>
            <source>The meeting has started: its agenda is no longer built from the records; add or remove students by hand.</source>
            <translation>The meeting has started: its agenda is no longer built from the records; add or remove students by hand.</translation>
        </message>
        <message>
            <source>This meeting is finalized or abandoned and can no longer be changed.</source>
            <translation>This meeting is finalized or abandoned and can no longer be changed.</translation>
        </message>
        <message>
            <source>Give the reason why the meeting is abandoned.</source>
            <translation>Give the reason why the meeting is abandoned.</translation>
        </message>
        <message>
            <source>Someone else changed this meeting since you opened it. Nothing was saved: the meeting is shown again as it is now; check it and make your change again.</source>
            <translation>Someone else changed this meeting since you opened it. Nothing was saved: the meeting is shown again as it is now; check it and make your change again.</translation>
        </message>
        <message>
            <source>An export password has {groups} groups of {size} letters and digits.</source>
            <translation>An export password has {groups} groups of {size} letters and digits.</translation>
        </message>
        <message>
            <source>The password does not open this package (or the package is damaged).</source>
            <translation>The password does not open this package (or the package is damaged).</translation>
        </message>
        <message>
            <source>This file is not a bureau report package.</source>
            <translation>This file is not a bureau report package.</translation>
        </message>
        <message>
            <source>A series is weekly or every two weeks, for 1 to {max} sessions or until a date after its first day.</source>
            <translation>A series is weekly or every two weeks, for 1 to {max} sessions or until a date after its first day.</translation>
        </message>
        <message>
            <source>The series holds no school day: every date falls on a holiday or in the vacation.</source>
            <translation>The series holds no school day: every date falls on a holiday or in the vacation.</translation>
        </message>
        <message>
            <source>This appointment is not part of a series.</source>
            <translation>This appointment is not part of a series.</translation>
        </message>
        <message>
            <source>This series does not exist.</source>
            <translation>This series does not exist.</translation>
        </message>
        <message>
            <source>A crisis session is booked alone, not as a series.</source>
            <translation>A crisis session is booked alone, not as a series.</translation>
        </message>
        <message>
            <source>This waiting-list request does not exist.</source>
            <translation>This waiting-list request does not exist.</translation>
        </message>
        <message>
            <source>This student is already on the waiting list.</source>
            <translation>This student is already on the waiting list.</translation>
        </message>
        <message>
            <source>This request is no longer waiting.</source>
            <translation>This request is no longer waiting.</translation>
        </message>
        <message>
            <source>This request has no slot offered.</source>
            <translation>This request has no slot offered.</translation>
        </message>
        <message>
            <source>The offer of this slot has lapsed.</source>
            <translation>The offer of this slot has lapsed.</translation>
        </message>
        <message>
            <source>Preferred times are written as "weekday HH:MM-HH:MM" (weekday 0 = Monday), separated by ";".</source>
            <translation>Preferred times are written as "weekday HH:MM-HH:MM" (weekday 0 = Monday), separated by ";".</translation>
        </message>
        <message>
            <source>The last day of the request has already passed.</source>
            <translation>The last day of the request has already passed.</translation>
        </message>
        <message>
            <source>Choose the kind of appointment.</source>
            <translation>Choose the kind of appointment.</translation>
        </message>
        <message>
            <source>This appointment does not exist.</source>
            <translation>This appointment does not exist.</translation>
        </message>
        <message>
            <source>Choose in the room or online.</source>
            <translation>Choose in the room or online.</translation>
        </message>
        <message>
            <source>Choose how the student came.</source>
            <translation>Choose how the student came.</translation>
        </message>
        <message>
            <source>Choose a room, or book the appointment online.</source>
            <translation>Choose a room, or book the appointment online.</translation>
        </message>
        <message>
            <source>This room is no longer in use.</source>
            <translation>This room is no longer in use.</translation>
        </message>
        <message>
            <source>This kind of appointment is for one student.</source>
            <translation>This kind of appointment is for one student.</translation>
        </message>
        <message>
            <source>A group session needs at least two students.</source>
            <translation>A group session needs at least two students.</translation>
        </message>
        <message>
            <source>A student of this appointment is not in the register or has left the school.</source>
            <translation>A student of this appointment is not in the register or has left the school.</translation>
        </message>
        <message>
            <source>The time {day} {start} has already passed.</source>
            <translation>The time {day} {start} has already passed.</translation>
        </message>
        <message>
            <source>The session would end after midnight.</source>
            <translation>The session would end after midnight.</translation>
        </message>
        <message>
            <source>A session lasts between 10 and 240 minutes.</source>
            <translation>A session lasts between 10 and 240 minutes.</translation>
        </message>
        <message>
            <source>Only the office head and counselors write the reason of an appointment or the note of a change.</source>
            <translation>Only the office head and counselors write the reason of an appointment or the note of a change.</translation>
        </message>
        <message>
            <source>This student has reached the limit of {cap} sessions this semester. A counselor may book more with a reason.</source>
            <translation>This student has reached the limit of {cap} sessions this semester. A counselor may book more with a reason.</translation>
        </message>
        <message>
            <source>An appointment that is "{old}" cannot become "{new}".</source>
            <translation>An appointment that is "{old}" cannot become "{new}".</translation>
        </message>
        <message>
            <source>Only a booked or confirmed appointment can move to another time.</source>
            <translation>Only a booked or confirmed appointment can move to another time.</translation>
        </message>
        <message>
            <source>The student came more than {minutes} minutes late, which counts as missed. Mark the appointment as missed, or tick that the session was held anyway.</source>
            <translation>The student came more than {minutes} minutes late, which counts as missed. Mark the appointment as missed, or tick that the session was held anyway.</translation>
        </message>
        <message>
            <source>Only a missed or late-cancelled appointment can be excused.</source>
            <translation>Only a missed or late-cancelled appointment can be excused.</translation>
        </message>
        <message>
            <source>Write why.</source>
            <translation>Write why.</translation>
        </message>
        <message>
            <source>The text is too long (at most {max} characters).</source>
            <translation>The text is too long (at most {max} characters).</translation>
        </message>
        <message>
            <source>The appointment has not started yet.</source>
            <translation>The appointment has not started yet.</translation>
        </message>
        <message>
            <source>Someone else changed this appointment since you opened it. Nothing was saved: it is shown again as it is now.</source>
            <translation>Someone else changed this appointment since you opened it. Nothing was saved: it is shown again as it is now.</translation>
        </message>
        <message>
            <source>This student is not in {grade}: a meeting discusses the students of its own grade or department.</source>
            <translation>This student is not in {grade}: a meeting discusses the students of its own grade or department.</translation>
        </message>
        <message>
            <source>This student is already on the agenda.</source>
            <translation>This student is already on the agenda.</translation>
        </message>
        <message>
            <source>This item is not on the meeting's agenda.</source>
            <translation>This item is not on the meeting's agenda.</translation>
        </message>
        <message>
            <source>A decision was recorded for this student: clear it before taking the student off the agenda.</source>
            <translation>A decision was recorded for this student: clear it before taking the student off the agenda.</translation>
        </message>
        <message>
            <source>The new order must name every item of the agenda once.</source>
            <translation>The new order must name every item of the agenda once.</translation>
        </message>
        <message>
            <source>Choose the attendee's role from the list.</source>
            <translation>Choose the attendee's role from the list.</translation>
        </message>
        <message>
            <source>Attendance is invited, present or absent.</source>
            <translation>Attendance is invited, present or absent.</translation>
        </message>
        <message>
            <source>An attendee from outside the school needs a name.</source>
            <translation>An attendee from outside the school needs a name.</translation>
        </message>
        <message>
            <source>Give the reason of each absence.</source>
            <translation>Give the reason of each absence.</translation>
        </message>
        <message>
            <source>A staff member is listed twice.</source>
            <translation>A staff member is listed twice.</translation>
        </message>
        <message>
            <source>“{referral}” is not a referral (write its number as on the form, for example 2026-007).</source>
            <translation>“{referral}” is not a referral (write its number as on the form, for example 2026-007).</translation>
        </message>
        <message>
            <source>The period's dates are written YYYY-MM-DD, the first before the last.</source>
            <translation>The period's dates are written YYYY-MM-DD, the first before the last.</translation>
        </message>
        <message>
            <source>A session record is written after the session was held (mark it as completed first).</source>
            <translation>A session record is written after the session was held (mark it as completed first).</translation>
        </message>
        <message>
            <source>The counselor who held the session writes its record.</source>
            <translation>The counselor who held the session writes its record.</translation>
        </message>
        <message>
            <source>This session record does not exist.</source>
            <translation>This session record does not exist.</translation>
        </message>
        <message>
            <source>This session record is signed and locked: add an addendum instead.</source>
            <translation>This session record is signed and locked: add an addendum instead.</translation>
        </message>
        <message>
            <source>Only the author of a session record changes or signs it.</source>
            <translation>Only the author of a session record changes or signs it.</translation>
        </message>
        <message>
            <source>Write at least the presenting problem and the process before signing.</source>
            <translation>Write at least the presenting problem and the process before signing.</translation>
        </message>
        <message>
            <source>A field of the record is too long (at most {max} characters).</source>
            <translation>A field of the record is too long (at most {max} characters).</translation>
        </message>
        <message>
            <source>Write the addendum.</source>
            <translation>Write the addendum.</translation>
        </message>
        <message>
            <source>An addendum is added to a signed record; change the record itself until it is signed.</source>
            <translation>An addendum is added to a signed record; change the record itself until it is signed.</translation>
        </message>
        <message>
            <source>The student has no open watch-list entry to add a follow-up to.</source>
            <translation>The student has no open watch-list entry to add a follow-up to.</translation>
        </message>
        <message>
            <source>Give either --semester or --year, not both.</source>
            <translation>Give either --semester or --year, not both.</translation>
        </message>
        <message>
            <source>The file {file} does not exist or cannot be read.</source>
            <translation>The file {file} does not exist or cannot be read.</translation>
        </message>
        <message>
            <source>The package {package} does not match its manifest: {files}. Ask the school to send it again.</source>
            <translation>The package {package} does not match its manifest: {files}. Ask the school to send it again.</translation>
        </message>
        <message>
            <source>The passwords file has no line for {package}.</source>
            <translation>The passwords file has no line for {package}.</translation>
        </message>
        <message>
            <source>The packages are of different periods ({periods}): merge one period at a time.</source>
            <translation>The packages are of different periods ({periods}): merge one period at a time.</translation>
        </message>
        <message>
            <source>Two packages come from the same school ({school}): keep one of them.</source>
            <translation>Two packages come from the same school ({school}): keep one of them.</translation>
        </message>
        <message>
            <source>The package {package} holds no report data.</source>
            <translation>The package {package} holds no report data.</translation>
        </message>
        <message>
            <source>No semester {value}. Write it as the school year and the semester's number, like 2026-2027-1.</source>
            <translation>No semester {value}. Write it as the school year and the semester's number, like 2026-2027-1.</translation>
        </message>
        <message>
            <source>No semester of the school calendar contains {day}.</source>
            <translation>No semester of the school calendar contains {day}.</translation>
        </message>
        <message>
            <source>“{leave}” is not a leave (write its number as on the forms, for example 2026-003).</source>
            <translation>“{leave}” is not a leave (write its number as on the forms, for example 2026-003).</translation>
        </message>
        <message>
            <source>This student is not back at school yet: the support plan is made with the return.</source>
            <translation>This student is not back at school yet: the support plan is made with the return.</translation>
        </message>
        <message>
            <source>“{incident}” is not a crisis incident (write its number as on the report, for example 2026-003).</source>
            <translation>“{incident}” is not a crisis incident (write its number as on the report, for example 2026-003).</translation>
        </message>
        <message>
            <source>There is no policy profile called {code}.</source>
            <translation>There is no policy profile called {code}.</translation>
        </message>
        <message>
            <source>This referral is not closed: there is nothing to reopen.</source>
            <translation>This referral is not closed: there is nothing to reopen.</translation>
        </message>
        <message>
            <source>Write why the referral is reopened.</source>
            <translation>Write why the referral is reopened.</translation>
        </message>
    </context>
    <context>
        <name>ExcuseDialog</name>
        <message>
            <source>Absent or exempt</source>
            <translation>Absent or exempt</translation>
        </message>
        <message>
            <source>{student} ({klass})</source>
            <translation>{student} ({klass})</translation>
        </message>
        <message>
            <source>The student is:</source>
            <translation>The student is:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>e.g. in hospital; in a regular class, the parents asked for an exemption</source>
            <translation>e.g. in hospital; in a regular class, the parents asked for an exemption</translation>
        </message>
        <message>
            <source>Absent and exempt students are not due: the coverage leaves them out. The reason is kept with the clinical records.</source>
            <translation>Absent and exempt students are not due: the coverage leaves them out. The reason is kept with the clinical records.</translation>
        </message>
        <message>
            <source>Say why the student is absent or exempt.</source>
            <translation>Say why the student is absent or exempt.</translation>
        </message>
    </context>
    <context>
        <name>FairnessTab</name>
        <message>
            <source>The semester's duties per person; evening and weekend duties are counted apart so that nobody carries all of them.</source>
            <translation>The semester's duties per person; evening and weekend duties are counted apart so that nobody carries all of them.</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Regular</source>
            <translation>Regular</translation>
        </message>
        <message>
            <source>Evening</source>
            <translation>Evening</translation>
        </message>
        <message>
            <source>Weekend</source>
            <translation>Weekend</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Nobody is on the duty list of this semester yet (Set-up → Duty list…).</source>
            <translation>Nobody is on the duty list of this semester yet (Set-up → Duty list…).</translation>
        </message>
        <message>
            <source>No duties in this semester yet: generate the roster.</source>
            <translation>No duties in this semester yet: generate the roster.</translation>
        </message>
        <message>
            <source>{people} people · from {low} to {high} duties each</source>
            <translation>{people} people · from {low} to {high} duties each</translation>
        </message>
    </context>
    <context>
        <name>FinalizeDialog</name>
        <message>
            <source>Finalize the meeting</source>
            <translation>Finalize the meeting</translation>
        </message>
        <message>
            <source>Loading what will change…</source>
            <translation>Loading what will change…</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Next review</translation>
        </message>
        <message>
            <source>New measures</source>
            <translation>New measures</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Finalizing applies every decision to the watch list at once and locks the minutes: afterwards they can only be corrected by an addendum.</source>
            <translation>Finalizing applies every decision to the watch list at once and locks the minutes: afterwards they can only be corrected by an addendum.</translation>
        </message>
        <message>
            <source>Finalize</source>
            <translation>Finalize</translation>
        </message>
        <message>
            <source>{before} → {after}</source>
            <translation>{before} → {after}</translation>
        </message>
        <message>
            <source>closing asked (the head approves)</source>
            <translation>closing asked (the head approves)</translation>
        </message>
        <message>
            <source>a draft referral is opened</source>
            <translation>a draft referral is opened</translation>
        </message>
        <message>
            <source>{count} decisions will reach the watch list: {raised} raised, {lowered} lowered, {closing} ending the watch, {measures} new plan measures.</source>
            <translation>{count} decisions will reach the watch list: {raised} raised, {lowered} lowered, {closing} ending the watch, {measures} new plan measures.</translation>
        </message>
        <message>
            <source>{count} students on the agenda have no decision yet.</source>
            <translation>{count} students on the agenda have no decision yet.</translation>
        </message>
        <message>
            <source>{count} decisions no longer fit their entries: record them again first.</source>
            <translation>{count} decisions no longer fit their entries: record them again first.</translation>
        </message>
    </context>
    <context>
        <name>FirstPasswordDialog</name>
        <message>
            <source>Set your own password</source>
            <translation>Set your own password</translation>
        </message>
        <message>
            <source>Welcome, {name}. Your password was given to you by the office head. Choose your own now: nobody else may know it.</source>
            <translation>Welcome, {name}. Your password was given to you by the office head. Choose your own now: nobody else may know it.</translation>
        </message>
        <message>
            <source>Password from the office head:</source>
            <translation>Password from the office head:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <source>Repeat new password:</source>
            <translation>Repeat new password:</translation>
        </message>
        <message>
            <source>At least 10 characters (an office head or counselor: 12, not digits only, not a sequence); not a common password; not containing the login.</source>
            <translation>At least 10 characters (an office head or counselor: 12, not digits only, not a sequence); not a common password; not containing the login.</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>The two new passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Record a follow-up</source>
            <translation>Record a follow-up</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>How:</translation>
        </message>
        <message>
            <source>What was seen:</source>
            <translation>What was seen:</translation>
        </message>
        <message>
            <source>What the student said and did, what others reported</source>
            <translation>What the student said and did, what others reported</translation>
        </message>
        <message>
            <source>unchanged ({level})</source>
            <translation>unchanged ({level})</translation>
        </message>
        <message>
            <source>Re-rating:</source>
            <translation>Re-rating:</translation>
        </message>
        <message>
            <source>Next review:</source>
            <translation>Next review:</translation>
        </message>
        <message>
            <source>A re-rating other than the current level changes the entry's level (its history names this follow-up). The next review is due within the level's interval.</source>
            <translation>A re-rating other than the current level changes the entry's level (its history names this follow-up). The next review is due within the level's interval.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpMethod</name>
        <message>
            <source>talk</source>
            <translation>talk</translation>
        </message>
        <message>
            <source>phone call with a parent</source>
            <translation>phone call with a parent</translation>
        </message>
        <message>
            <source>home visit</source>
            <translation>home visit</translation>
        </message>
        <message>
            <source>counseling session</source>
            <translation>counseling session</translation>
        </message>
        <message>
            <source>medical visit</source>
            <translation>medical visit</translation>
        </message>
        <message>
            <source>observation</source>
            <translation>observation</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsTab</name>
        <message>
            <source>Record a follow-up…</source>
            <translation>Record a follow-up…</translation>
        </message>
        <message>
            <source>No follow-up has been recorded yet.</source>
            <translation>No follow-up has been recorded yet.</translation>
        </message>
        <message>
            <source>re-rated: {level}</source>
            <translation>re-rated: {level}</translation>
        </message>
    </context>
    <context>
        <name>Gender</name>
        <message>
            <source>not given</source>
            <translation>not given</translation>
        </message>
        <message>
            <source>male</source>
            <translation>male</translation>
        </message>
        <message>
            <source>female</source>
            <translation>female</translation>
        </message>
    </context>
    <context>
        <name>GenerateDialog</name>
        <message>
            <source>Generate the duty roster</source>
            <translation>Generate the duty roster</translation>
        </message>
        <message>
            <source>Save the roster</source>
            <translation>Save the roster</translation>
        </message>
        <message>
            <source>The school days of the range are planned from the set-up: holidays skipped, make-up workdays with the timetable they follow, nobody on duty while unavailable or twice at the same time, the counts kept even. Nothing is saved before you save it.</source>
            <translation>The school days of the range are planned from the set-up: holidays skipped, make-up workdays with the timetable they follow, nobody on duty while unavailable or twice at the same time, the counts kept even. Nothing is saved before you save it.</translation>
        </message>
        <message>
            <source>Keep the changes made by hand</source>
            <translation>Keep the changes made by hand</translation>
        </message>
        <message>
            <source>Unticked, the duties put in by hand are planned again too (a duty a log or a request refers to always stays).</source>
            <translation>Unticked, the duties put in by hand are planned again too (a duty a log or a request refers to always stays).</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>to:</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Regular</source>
            <translation>Regular</translation>
        </message>
        <message>
            <source>Evening</source>
            <translation>Evening</translation>
        </message>
        <message>
            <source>Weekend</source>
            <translation>Weekend</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Empty seats</source>
            <translation>Empty seats</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Double-click an empty seat to fill it by hand in the month.</source>
            <translation>Double-click an empty seat to fill it by hand in the month.</translation>
        </message>
        <message>
            <source>Only the days whose holidays are known; the rest of the semester once the holidays of the next year are entered.</source>
            <translation>Only the days whose holidays are known; the rest of the semester once the holidays of the next year are entered.</translation>
        </message>
        <message>
            <source>Save the roster first; then a double-click on an empty seat opens its day in the month.</source>
            <translation>Save the roster first; then a double-click on an empty seat opens its day in the month.</translation>
        </message>
        <message>
            <source>{first} to {last}: {seats} seat(s) to fill, {planned} duty(ies) planned, {gaps} seat(s) left empty.</source>
            <translation>{first} to {last}: {seats} seat(s) to fill, {planned} duty(ies) planned, {gaps} seat(s) left empty.</translation>
        </message>
        <message>
            <source>{count} duty(ies) of the range saved before are replaced.</source>
            <translation>{count} duty(ies) of the range saved before are replaced.</translation>
        </message>
        <message>
            <source>The roster is published through {day}: saving changes duties the colleagues may already know.</source>
            <translation>The roster is published through {day}: saving changes duties the colleagues may already know.</translation>
        </message>
        <message>
            <source>{count} kept duty(ies) break a rule: see Check and publish.</source>
            <translation>{count} kept duty(ies) break a rule: see Check and publish.</translation>
        </message>
        <message>
            <source>Make-up workdays without a timetable (choose one in the set-up): {days}.</source>
            <translation>Make-up workdays without a timetable (choose one in the set-up): {days}.</translation>
        </message>
        <message>
            <source>The counts include the semester's duties outside the range.</source>
            <translation>The counts include the semester's duties outside the range.</translation>
        </message>
        <message>
            <source>Only through {day}</source>
            <translation>Only through {day}</translation>
        </message>
        <message>
            <source>Change the published roster?</source>
            <translation>Change the published roster?</translation>
        </message>
        <message>
            <source>The roster is published through {day}. Saving replaces {count} duty(ies) of the range that the colleagues may already know; print the month again and tell those whose duties change. Save the new roster?</source>
            <translation>The roster is published through {day}. Saving replaces {count} duty(ies) of the range that the colleagues may already know; print the month again and tell those whose duties change. Save the new roster?</translation>
        </message>
        <message>
            <source>Save the new roster</source>
            <translation>Save the new roster</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Saved: {count} duty(ies) put on the roster. Check and publish it when it is complete.</source>
            <translation>Saved: {count} duty(ies) put on the roster. Check and publish it when it is complete.</translation>
        </message>
    </context>
    <context>
        <name>GuardiansSection</name>
        <message>
            <source>No guardian is recorded in the register.</source>
            <translation>No guardian is recorded in the register.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
    </context>
    <context>
        <name>HeadPage</name>
        <message>
            <source>The office head's account</source>
            <translation>The office head's account</translation>
        </message>
        <message>
            <source>The office head manages users, backups and the audit trail.</source>
            <translation>The office head manages users, backups and the audit trail.</translation>
        </message>
        <message>
            <source>Latin letters and digits, e.g. wangli</source>
            <translation>Latin letters and digits, e.g. wangli</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>Login:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Repeat password:</source>
            <translation>Repeat password:</translation>
        </message>
        <message>
            <source>At least 12 characters, not digits only, not a sequence; not a common password; not containing the login. The office head's password opens the counseling records.</source>
            <translation>At least 12 characters, not digits only, not a sequence; not a common password; not containing the login. The office head's password opens the counseling records.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>HistorySection</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>School year</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Left on</translation>
        </message>
        <message>
            <source>now</source>
            <translation>now</translation>
        </message>
        <message>
            <source>No class is recorded for this student.</source>
            <translation>No class is recorded for this student.</translation>
        </message>
        <message>
            <source>Class by school year</source>
            <translation>Class by school year</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>What changed</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>HolidayButtons</name>
        <message>
            <source>Open the School calendar page</source>
            <translation>Open the School calendar page</translation>
        </message>
    </context>
    <context>
        <name>Holidays</name>
        <message>
            <source>New Year's Day</source>
            <translation>New Year's Day</translation>
        </message>
        <message>
            <source>Spring Festival</source>
            <translation>Spring Festival</translation>
        </message>
        <message>
            <source>Tomb-sweeping Day</source>
            <translation>Tomb-sweeping Day</translation>
        </message>
        <message>
            <source>Labour Day</source>
            <translation>Labour Day</translation>
        </message>
        <message>
            <source>Dragon Boat Festival</source>
            <translation>Dragon Boat Festival</translation>
        </message>
        <message>
            <source>National Day</source>
            <translation>National Day</translation>
        </message>
        <message>
            <source>Mid-autumn Festival</source>
            <translation>Mid-autumn Festival</translation>
        </message>
        <message>
            <source>Anti-Fascist 70th Day</source>
            <translation>Anti-Fascist 70th Day</translation>
        </message>
    </context>
    <context>
        <name>HospitalDialog</name>
        <message>
            <source>Hospital directory</source>
            <translation>Hospital directory</translation>
        </message>
        <message>
            <source>Hospital:</source>
            <translation>Hospital:</translation>
        </message>
        <message>
            <source>a new hospital</source>
            <translation>a new hospital</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Departments:</source>
            <translation>Departments:</translation>
        </message>
        <message>
            <source>separated by commas</source>
            <translation>separated by commas</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Green-channel contact:</source>
            <translation>Green-channel contact:</translation>
        </message>
        <message>
            <source>Green-channel phone:</source>
            <translation>Green-channel phone:</translation>
        </message>
        <message>
            <source>The school has a cooperation agreement with it</source>
            <translation>The school has a cooperation agreement with it</translation>
        </message>
        <message>
            <source>Agreement since:</source>
            <translation>Agreement since:</translation>
        </message>
        <message>
            <source>New referrals may choose it</source>
            <translation>New referrals may choose it</translation>
        </message>
        <message>
            <source>A hospital no longer used is set aside here, never removed: earlier referrals name it.</source>
            <translation>A hospital no longer used is set aside here, never removed: earlier referrals name it.</translation>
        </message>
        <message>
            <source>{name} (set aside)</source>
            <translation>{name} (set aside)</translation>
        </message>
        <message>
            <source>Hospital directory: {name}</source>
            <translation>Hospital directory: {name}</translation>
        </message>
        <message>
            <source>Write the hospital's name.</source>
            <translation>Write the hospital's name.</translation>
        </message>
    </context>
    <context>
        <name>HospitalField</name>
        <message>
            <source>The name</source>
            <translation>The name</translation>
        </message>
        <message>
            <source>The departments</source>
            <translation>The departments</translation>
        </message>
        <message>
            <source>The address</source>
            <translation>The address</translation>
        </message>
        <message>
            <source>The phone</source>
            <translation>The phone</translation>
        </message>
        <message>
            <source>The green-channel contact</source>
            <translation>The green-channel contact</translation>
        </message>
        <message>
            <source>The green-channel phone</source>
            <translation>The green-channel phone</translation>
        </message>
        <message>
            <source>Days until a referral's receipt is due</source>
            <translation>Days until a referral's receipt is due</translation>
        </message>
        <message>
            <source>Minutes to report a crisis</source>
            <translation>Minutes to report a crisis</translation>
        </message>
        <message>
            <source>Days to a crisis review meeting</source>
            <translation>Days to a crisis review meeting</translation>
        </message>
    </context>
    <context>
        <name>IncidentsSection</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>Happened</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Gravity</source>
            <translation>Gravity</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>This student has been part of no crisis incident.</source>
            <translation>This student has been part of no crisis incident.</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>Print the report</translation>
        </message>
    </context>
    <context>
        <name>JobDialog</name>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialogs</name>
        <message>
            <source>Student:</source>
            <translation>Student:</translation>
        </message>
    </context>
    <context>
        <name>LeaveDocument</name>
        <message>
            <source>the parents' application</source>
            <translation>the parents' application</translation>
        </message>
        <message>
            <source>the hospital's certificate</source>
            <translation>the hospital's certificate</translation>
        </message>
        <message>
            <source>the medical record</source>
            <translation>the medical record</translation>
        </message>
        <message>
            <source>the parents' pledge</source>
            <translation>the parents' pledge</translation>
        </message>
    </context>
    <context>
        <name>LeaveField</name>
        <message>
            <source>The expected end</source>
            <translation>The expected end</translation>
        </message>
        <message>
            <source>the start of the leave</source>
            <translation>the start of the leave</translation>
        </message>
        <message>
            <source>the application</source>
            <translation>the application</translation>
        </message>
        <message>
            <source>The approval</source>
            <translation>The approval</translation>
        </message>
        <message>
            <source>The application to return</source>
            <translation>The application to return</translation>
        </message>
        <message>
            <source>The meeting</source>
            <translation>The meeting</translation>
        </message>
        <message>
            <source>The return</source>
            <translation>The return</translation>
        </message>
        <message>
            <source>the meeting</source>
            <translation>the meeting</translation>
        </message>
        <message>
            <source>the previous assessment meeting</source>
            <translation>the previous assessment meeting</translation>
        </message>
        <message>
            <source>The medical documents' content</source>
            <translation>The medical documents' content</translation>
        </message>
        <message>
            <source>The meeting's notes</source>
            <translation>The meeting's notes</translation>
        </message>
        <message>
            <source>The participants</source>
            <translation>The participants</translation>
        </message>
        <message>
            <source>The approver</source>
            <translation>The approver</translation>
        </message>
        <message>
            <source>A support line</source>
            <translation>A support line</translation>
        </message>
    </context>
    <context>
        <name>LeaveKind</name>
        <message>
            <source>leave</source>
            <translation>leave</translation>
        </message>
        <message>
            <source>suspension</source>
            <translation>suspension</translation>
        </message>
    </context>
    <context>
        <name>LeaveReason</name>
        <message>
            <source>mental health</source>
            <translation>mental health</translation>
        </message>
        <message>
            <source>physical illness</source>
            <translation>physical illness</translation>
        </message>
        <message>
            <source>family reasons</source>
            <translation>family reasons</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
    </context>
    <context>
        <name>LeaveState</name>
        <message>
            <source>applied</source>
            <translation>applied</translation>
        </message>
        <message>
            <source>away from school</source>
            <translation>away from school</translation>
        </message>
        <message>
            <source>return in progress</source>
            <translation>return in progress</translation>
        </message>
        <message>
            <source>back at school</source>
            <translation>back at school</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>withdrawn</translation>
        </message>
    </context>
    <context>
        <name>LeavesPage</name>
        <message>
            <source>New leave…</source>
            <translation>New leave…</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>Approve…</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>The family withdraws the application before it is approved.</source>
            <translation>The family withdraws the application before it is approved.</translation>
        </message>
        <message>
            <source>Application to return…</source>
            <translation>Application to return…</translation>
        </message>
        <message>
            <source>Assessment meeting…</source>
            <translation>Assessment meeting…</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>Meetings held</translation>
        </message>
        <message>
            <source>Every return assessment meeting of this leave, in order.</source>
            <translation>Every return assessment meeting of this leave, in order.</translation>
        </message>
        <message>
            <source>Back at school…</source>
            <translation>Back at school…</translation>
        </message>
        <message>
            <source>Print the return form</source>
            <translation>Print the return form</translation>
        </message>
        <message>
            <source>Print the support plan</source>
            <translation>Print the support plan</translation>
        </message>
        <message>
            <source>Not finished only</source>
            <translation>Not finished only</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Student no.</source>
            <translation>Student no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Expected end</source>
            <translation>Expected end</translation>
        </message>
        <message>
            <source>Past its end without a return.</source>
            <translation>Past its end without a return.</translation>
        </message>
        <message>
            <source>Return applied</source>
            <translation>Return applied</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Back at school</source>
            <translation>Back at school</translation>
        </message>
        <message>
            <source>{shown} shown · {away} not finished, {overdue} past their end</source>
            <translation>{shown} shown · {away} not finished, {overdue} past their end</translation>
        </message>
        <message>
            <source>Withdraw the application</source>
            <translation>Withdraw the application</translation>
        </message>
        <message>
            <source>Withdraw application {number} of {name}? It stays in the list as withdrawn; a new application starts again from the beginning.</source>
            <translation>Withdraw application {number} of {name}? It stays in the list as withdrawn; a new application starts again from the beginning.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>LeavesSection</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Expected end</source>
            <translation>Expected end</translation>
        </message>
        <message>
            <source>Back at school</source>
            <translation>Back at school</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Assessment meetings</source>
            <translation>Assessment meetings</translation>
        </message>
        <message>
            <source>Latest conclusion</source>
            <translation>Latest conclusion</translation>
        </message>
        <message>
            <source>This student has had no leave or suspension.</source>
            <translation>This student has had no leave or suspension.</translation>
        </message>
        <message>
            <source>Assessment meetings held</source>
            <translation>Assessment meetings held</translation>
        </message>
    </context>
    <context>
        <name>LevelDialog</name>
        <message>
            <source>Change the level</source>
            <translation>Change the level</translation>
        </message>
        <message>
            <source>New level:</source>
            <translation>New level:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Now: {level}. The next review date follows from the last follow-up and the new level's interval; a higher level brings it forward at once.</source>
            <translation>Now: {level}. The next review date follows from the last follow-up and the new level's interval; a higher level brings it forward at once.</translation>
        </message>
    </context>
    <context>
        <name>LevelsDialog</name>
        <message>
            <source>Name of the level</source>
            <translation>Name of the level</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>may close</source>
            <translation>may close</translation>
        </message>
        <message>
            <source>Unticked: an entry at this level must be lowered before it can be closed (like the default high-risk level).</source>
            <translation>Unticked: an entry at this level must be lowered before it can be closed (like the default high-risk level).</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Less serious: move up</source>
            <translation>Less serious: move up</translation>
        </message>
        <message>
            <source>More serious: move down</source>
            <translation>More serious: move down</translation>
        </message>
        <message>
            <source>Risk levels of the watch list</source>
            <translation>Risk levels of the watch list</translation>
        </message>
        <message>
            <source>From the least serious level (top) to the most serious (bottom). The days between reviews set each entry's next review date after a follow-up. A level still used by open entries cannot be removed; one used only by closed entries is kept for them and no longer offered.</source>
            <translation>From the least serious level (top) to the most serious (bottom). The days between reviews set each entry's next review date after a follow-up. A level still used by open entries cannot be removed; one used only by closed entries is kept for them and no longer offered.</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Review every</source>
            <translation>Review every</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Closing</translation>
        </message>
        <message>
            <source>Add a level</source>
            <translation>Add a level</translation>
        </message>
        <message>
            <source>yellow</source>
            <translation>yellow</translation>
        </message>
        <message>
            <source>orange</source>
            <translation>orange</translation>
        </message>
        <message>
            <source>red</source>
            <translation>red</translation>
        </message>
        <message>
            <source>dark red</source>
            <translation>dark red</translation>
        </message>
        <message>
            <source>purple</source>
            <translation>purple</translation>
        </message>
        <message>
            <source>indigo</source>
            <translation>indigo</translation>
        </message>
        <message>
            <source>blue</source>
            <translation>blue</translation>
        </message>
        <message>
            <source>teal</source>
            <translation>teal</translation>
        </message>
        <message>
            <source>green</source>
            <translation>green</translation>
        </message>
        <message>
            <source>grey</source>
            <translation>grey</translation>
        </message>
        <message>
            <source>Give level {n} a name.</source>
            <translation>Give level {n} a name.</translation>
        </message>
        <message>
            <source>Two levels are called "{name}".</source>
            <translation>Two levels are called "{name}".</translation>
        </message>
        <message>
            <source>At least one level must allow closing an entry.</source>
            <translation>At least one level must allow closing an entry.</translation>
        </message>
    </context>
    <context>
        <name>LinkStaffDialog</name>
        <message>
            <source>Link {login} to a staff member</source>
            <translation>Link {login} to a staff member</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— none —</translation>
        </message>
        <message>
            <source>Staff member:</source>
            <translation>Staff member:</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} of {total}</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Locked — {app}</source>
            <translation>Locked — {app}</translation>
        </message>
        <message>
            <source>The office is locked</source>
            <translation>The office is locked</translation>
        </message>
        <message>
            <source>Locked for {name} ({login}). Enter the password to continue where you were.</source>
            <translation>Locked for {name} ({login}). Enter the password to continue where you were.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Log out</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Wrong password. After {remaining} more wrong attempt(s) this login is locked for 15 minutes.</source>
            <translation>Wrong password. After {remaining} more wrong attempt(s) this login is locked for 15 minutes.</translation>
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <source>Duty log</source>
            <translation>Duty log</translation>
        </message>
        <message>
            <source>Arrived at:</source>
            <translation>Arrived at:</translation>
        </message>
        <message>
            <source>Left at:</source>
            <translation>Left at:</translation>
        </message>
        <message>
            <source>Doors and windows closed</source>
            <translation>Doors and windows closed</translation>
        </message>
        <message>
            <source>Power off</source>
            <translation>Power off</translation>
        </message>
        <message>
            <source>Record cabinet locked</source>
            <translation>Record cabinet locked</translation>
        </message>
        <message>
            <source>Safety check:</source>
            <translation>Safety check:</translation>
        </message>
        <message>
            <source>Key handed to:</source>
            <translation>Key handed to:</translation>
        </message>
        <message>
            <source>Handover notes:</source>
            <translation>Handover notes:</translation>
        </message>
        <message>
            <source>The handover notes are confidential: only counselors and the office head write and read them.</source>
            <translation>The handover notes are confidential: only counselors and the office head write and read them.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Booked</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>booked</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>walk-in</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Crisis</source>
            <translation>Crisis</translation>
        </message>
        <message>
            <source>crisis</source>
            <translation>crisis</translation>
        </message>
        <message>
            <source>Reported to</source>
            <translation>Reported to</translation>
        </message>
        <message>
            <source>Contacts during the duty:</source>
            <translation>Contacts during the duty:</translation>
        </message>
        <message>
            <source>Add a contact…</source>
            <translation>Add a contact…</translation>
        </message>
        <message>
            <source>Save and sign</source>
            <translation>Save and sign</translation>
        </message>
        <message>
            <source>A signed log is kept as it is: nothing can be changed afterwards.</source>
            <translation>A signed log is kept as it is: nothing can be changed afterwards.</translation>
        </message>
        <message>
            <source>{day} · {post} · {period} {times} · {name}</source>
            <translation>{day} · {post} · {period} {times} · {name}</translation>
        </message>
        <message>
            <source>Signed by {name} on {when}: the log is kept as it is.</source>
            <translation>Signed by {name} on {when}: the log is kept as it is.</translation>
        </message>
        <message>
            <source>Not signed yet.</source>
            <translation>Not signed yet.</translation>
        </message>
        <message>
            <source>No log written yet for this duty.</source>
            <translation>No log written yet for this duty.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>The leaving time comes before the arrival.</source>
            <translation>The leaving time comes before the arrival.</translation>
        </message>
        <message>
            <source>Mental-health lesson</source>
            <translation>Mental-health lesson</translation>
        </message>
        <message>
            <source>Family guidance activity</source>
            <translation>Family guidance activity</translation>
        </message>
        <message>
            <source>Publicity activity</source>
            <translation>Publicity activity</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Supervision session</source>
            <translation>Supervision session</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Class:</source>
            <translation>Class:</translation>
        </message>
        <message>
            <source>Teacher:</source>
            <translation>Teacher:</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(not recorded)</translation>
        </message>
        <message>
            <source>Topic:</source>
            <translation>Topic:</translation>
        </message>
        <message>
            <source>Lesson periods:</source>
            <translation>Lesson periods:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <source>Form:</source>
            <translation>Form:</translation>
        </message>
        <message>
            <source>Classes:</source>
            <translation>Classes:</translation>
        </message>
        <message>
            <source>Parents expected:</source>
            <translation>Parents expected:</translation>
        </message>
        <message>
            <source>Parents present:</source>
            <translation>Parents present:</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>For:</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>Participants:</translation>
        </message>
        <message>
            <source>Staff member:</source>
            <translation>Staff member:</translation>
        </message>
        <message>
            <source>Hours:</source>
            <translation>Hours:</translation>
        </message>
        <message>
            <source>Given by:</source>
            <translation>Given by:</translation>
        </message>
        <message>
            <source>Supervisor:</source>
            <translation>Supervisor:</translation>
        </message>
        <message>
            <source>Choose a class.</source>
            <translation>Choose a class.</translation>
        </message>
        <message>
            <source>Tick the classes the activity was for.</source>
            <translation>Tick the classes the activity was for.</translation>
        </message>
        <message>
            <source>Choose a staff member.</source>
            <translation>Choose a staff member.</translation>
        </message>
    </context>
    <context>
        <name>LoginWindow</name>
        <message>
            <source>Please log in to open the office's records.</source>
            <translation>Please log in to open the office's records.</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>Login:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Forgot password…</source>
            <translation>Forgot password…</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <source>Enter your login and password.</source>
            <translation>Enter your login and password.</translation>
        </message>
    </context>
    <context>
        <name>LogsTab</name>
        <message>
            <source>Past duties of the last 30 days whose log is not signed yet.</source>
            <translation>Past duties of the last 30 days whose log is not signed yet.</translation>
        </message>
        <message>
            <source>Only mine</source>
            <translation>Only mine</translation>
        </message>
        <message>
            <source>Write the log…</source>
            <translation>Write the log…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>On duty</source>
            <translation>On duty</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>begun, not signed</source>
            <translation>begun, not signed</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>{count} log(s) to write or sign.</source>
            <translation>{count} log(s) to write or sign.</translation>
        </message>
    </context>
    <context>
        <name>LoopSettingsTab</name>
        <message>
            <source>Referrals and crises</source>
            <translation>Referrals and crises</translation>
        </message>
        <message>
            <source>The deadlines the referral and crisis lists and the start page measure against. The receipt days count for referrals issued from now on (those already issued keep their due date); the crisis minutes and days apply to every incident shown.</source>
            <translation>The deadlines the referral and crisis lists and the start page measure against. The receipt days count for referrals issued from now on (those already issued keep their due date); the crisis minutes and days apply to every incident shown.</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>A referral's receipt is due after:</source>
            <translation>A referral's receipt is due after:</translation>
        </message>
        <message>
            <source>A crisis is reported within:</source>
            <translation>A crisis is reported within:</translation>
        </message>
        <message>
            <source>The crisis review meeting within:</source>
            <translation>The crisis review meeting within:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Restore the defaults</source>
            <translation>Restore the defaults</translation>
        </message>
        <message>
            <source>{receipt} days for the receipt, {report} minutes to report a crisis, {review} days to its review meeting.</source>
            <translation>{receipt} days for the receipt, {report} minutes to report a crisis, {review} days to its review meeting.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>LoopsCard</name>
        <message>
            <source>Crisis incidents, referrals and returns</source>
            <translation>Crisis incidents, referrals and returns</translation>
        </message>
        <message>
            <source>Show the referrals</source>
            <translation>Show the referrals</translation>
        </message>
        <message>
            <source>Open crisis incidents ({count})</source>
            <translation>Open crisis incidents ({count})</translation>
        </message>
        <message>
            <source>parents not all reached</source>
            <translation>parents not all reached</translation>
        </message>
        <message>
            <source>review meeting overdue</source>
            <translation>review meeting overdue</translation>
        </message>
        <message>
            <source>no review meeting yet</source>
            <translation>no review meeting yet</translation>
        </message>
        <message>
            <source>C {number} · {type} · {gravity} · {time}{missing}</source>
            <translation>C {number} · {type} · {gravity} · {time}{missing}</translation>
        </message>
        <message>
            <source>Referral receipts overdue ({count})</source>
            <translation>Referral receipts overdue ({count})</translation>
        </message>
        <message>
            <source>R {number} · {name} · {klass} · receipt due {due}</source>
            <translation>R {number} · {name} · {klass} · receipt due {due}</translation>
        </message>
        <message>
            <source>Leaves past their end without a return ({count})</source>
            <translation>Leaves past their end without a return ({count})</translation>
        </message>
        <message>
            <source>L {number} · {name} · {klass} · {kind} until {end} · {state}</source>
            <translation>L {number} · {name} · {klass} · {kind} until {end} · {state}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>{name} · {role}</source>
            <translation>{name} · {role}</translation>
        </message>
        <message>
            <source>&amp;Office</source>
            <translation>&amp;Office</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>&amp;Switch user</source>
            <translation>&amp;Switch user</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>{section} (next page)</source>
            <translation>{section} (next page)</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Next page</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>{app} {version}
Records of the school's psychological counseling office, encrypted on this computer.</source>
            <translation>{app} {version}
Records of the school's psychological counseling office, encrypted on this computer.</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
    </context>
    <context>
        <name>MakeupDialog</name>
        <message>
            <source>Make-up workday {day}</source>
            <translation>Make-up workday {day}</translation>
        </message>
        <message>
            <source>the weekday it replaces ({weekday})</source>
            <translation>the weekday it replaces ({weekday})</translation>
        </message>
        <message>
            <source>not known: choose one</source>
            <translation>not known: choose one</translation>
        </message>
        <message>
            <source>Follows the timetable of:</source>
            <translation>Follows the timetable of:</translation>
        </message>
    </context>
    <context>
        <name>MeasureState</name>
        <message>
            <source>not started</source>
            <translation>not started</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>ongoing</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>stopped</translation>
        </message>
    </context>
    <context>
        <name>MeasureType</name>
        <message>
            <source>individual counseling</source>
            <translation>individual counseling</translation>
        </message>
        <message>
            <source>group counseling</source>
            <translation>group counseling</translation>
        </message>
        <message>
            <source>home-school communication</source>
            <translation>home-school communication</translation>
        </message>
        <message>
            <source>head teacher's observation</source>
            <translation>head teacher's observation</translation>
        </message>
        <message>
            <source>peer support</source>
            <translation>peer support</translation>
        </message>
        <message>
            <source>medical care or referral</source>
            <translation>medical care or referral</translation>
        </message>
        <message>
            <source>medication (reported by the family)</source>
            <translation>medication (reported by the family)</translation>
        </message>
        <message>
            <source>academic adjustment</source>
            <translation>academic adjustment</translation>
        </message>
        <message>
            <source>leave or suspension</source>
            <translation>leave or suspension</translation>
        </message>
        <message>
            <source>moving out of the dormitory</source>
            <translation>moving out of the dormitory</translation>
        </message>
    </context>
    <context>
        <name>MeetingAttendance</name>
        <message>
            <source>invited</source>
            <translation>invited</translation>
        </message>
        <message>
            <source>present</source>
            <translation>present</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>absent</translation>
        </message>
    </context>
    <context>
        <name>MeetingCard</name>
        <message>
            <source>Review meetings</source>
            <translation>Review meetings</translation>
        </message>
        <message>
            <source>Grades without a meeting this month</source>
            <translation>Grades without a meeting this month</translation>
        </message>
        <message>
            <source>Your overdue meeting actions</source>
            <translation>Your overdue meeting actions</translation>
        </message>
        <message>
            <source>{month}: {missing} without a meeting · {overdue} overdue actions of yours</source>
            <translation>{month}: {missing} without a meeting · {overdue} overdue actions of yours</translation>
        </message>
        <message>
            <source>Every grade has its meeting this month.</source>
            <translation>Every grade has its meeting this month.</translation>
        </message>
        <message>
            <source>Grades with fewer than {count} meetings this month (held/required)</source>
            <translation>Grades with fewer than {count} meetings this month (held/required)</translation>
        </message>
        <message>
            <source>Every grade has its {count} meetings this month.</source>
            <translation>Every grade has its {count} meetings this month.</translation>
        </message>
        <message>
            <source>Prepare this grade's meeting of {month}</source>
            <translation>Prepare this grade's meeting of {month}</translation>
        </message>
        <message>
            <source>{student} · {klass} — {measure}, due {day} (meeting of {held})</source>
            <translation>{student} · {klass} — {measure}, due {day} (meeting of {held})</translation>
        </message>
        <message>
            <source>Open the meeting that decided it</source>
            <translation>Open the meeting that decided it</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… and {count} more</translation>
        </message>
        <message>
            <source>{month}: {missing} grades short of {required} meetings · {overdue} overdue actions of yours</source>
            <translation>{month}: {missing} grades short of {required} meetings · {overdue} overdue actions of yours</translation>
        </message>
    </context>
    <context>
        <name>MeetingDecision</name>
        <message>
            <source>keep the level</source>
            <translation>keep the level</translation>
        </message>
        <message>
            <source>raise the level</source>
            <translation>raise the level</translation>
        </message>
        <message>
            <source>lower the level</source>
            <translation>lower the level</translation>
        </message>
        <message>
            <source>end the watch</source>
            <translation>end the watch</translation>
        </message>
        <message>
            <source>suggest a referral to a hospital</source>
            <translation>suggest a referral to a hospital</translation>
        </message>
        <message>
            <source>suggest leave or suspension</source>
            <translation>suggest leave or suspension</translation>
        </message>
        <message>
            <source>follow up after the return to school</source>
            <translation>follow up after the return to school</translation>
        </message>
    </context>
    <context>
        <name>MeetingField</name>
        <message>
            <source>The meeting's name</source>
            <translation>The meeting's name</translation>
        </message>
        <message>
            <source>The place</source>
            <translation>The place</translation>
        </message>
        <message>
            <source>The reason</source>
            <translation>The reason</translation>
        </message>
        <message>
            <source>Other matters</source>
            <translation>Other matters</translation>
        </message>
        <message>
            <source>An attendee's name</source>
            <translation>An attendee's name</translation>
        </message>
        <message>
            <source>The organisation</source>
            <translation>The organisation</translation>
        </message>
        <message>
            <source>The reason of an absence</source>
            <translation>The reason of an absence</translation>
        </message>
        <message>
            <source>A measure</source>
            <translation>A measure</translation>
        </message>
        <message>
            <source>The owner</source>
            <translation>The owner</translation>
        </message>
        <message>
            <source>The parent-contact arrangement</source>
            <translation>The parent-contact arrangement</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>The note</translation>
        </message>
        <message>
            <source>The addendum</source>
            <translation>The addendum</translation>
        </message>
    </context>
    <context>
        <name>MeetingKind</name>
        <message>
            <source>monthly review meeting</source>
            <translation>monthly review meeting</translation>
        </message>
        <message>
            <source>extra review meeting</source>
            <translation>extra review meeting</translation>
        </message>
    </context>
    <context>
        <name>MeetingMinutes</name>
        <message>
            <source>{grade} review meeting on students' mental state: minutes ({month}/{year})</source>
            <translation>{grade} review meeting on students' mental state: minutes ({month}/{year})</translation>
        </message>
        <message>
            <source>{grade} review meeting minutes ({month}/{year})</source>
            <translation>{grade} review meeting minutes ({month}/{year})</translation>
        </message>
        <message>
            <source>{title} (draft)</source>
            <translation>{title} (draft)</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>DRAFT</translation>
        </message>
        <message>
            <source>Draft: the meeting is not finalized. These minutes are not valid until the meeting is finalized and printed again.</source>
            <translation>Draft: the meeting is not finalized. These minutes are not valid until the meeting is finalized and printed again.</translation>
        </message>
        <message>
            <source>This meeting was abandoned: {reason}</source>
            <translation>This meeting was abandoned: {reason}</translation>
        </message>
        <message>
            <source>{title} (abandoned)</source>
            <translation>{title} (abandoned)</translation>
        </message>
        <message>
            <source>ABANDONED</source>
            <translation>ABANDONED</translation>
        </message>
        <message>
            <source>abandoned, not finalized</source>
            <translation>abandoned, not finalized</translation>
        </message>
        <message>
            <source>This meeting was abandoned.</source>
            <translation>This meeting was abandoned.</translation>
        </message>
        <message>
            <source>Confidential. Students are shown masked; the identity annex, when printed, is kept by the counseling office apart from the minutes.</source>
            <translation>Confidential. Students are shown masked; the identity annex, when printed, is kept by the counseling office apart from the minutes.</translation>
        </message>
        <message>
            <source>1. The meeting</source>
            <translation>1. The meeting</translation>
        </message>
        <message>
            <source>2. Attendees</source>
            <translation>2. Attendees</translation>
        </message>
        <message>
            <source>3. Actions of the last meeting: how they were carried out</source>
            <translation>3. Actions of the last meeting: how they were carried out</translation>
        </message>
        <message>
            <source>4. The month at a glance</source>
            <translation>4. The month at a glance</translation>
        </message>
        <message>
            <source>5. Students reviewed and decisions</source>
            <translation>5. Students reviewed and decisions</translation>
        </message>
        <message>
            <source>6. Other matters</source>
            <translation>6. Other matters</translation>
        </message>
        <message>
            <source>7. Signatures and approval</source>
            <translation>7. Signatures and approval</translation>
        </message>
        <message>
            <source>Addenda written after the minutes were finalized</source>
            <translation>Addenda written after the minutes were finalized</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>{month}/{year}</source>
            <translation>{month}/{year}</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
        <message>
            <source>Minutes taken by</source>
            <translation>Minutes taken by</translation>
        </message>
        <message>
            <source>State of the minutes</source>
            <translation>State of the minutes</translation>
        </message>
        <message>
            <source>finalized on {day} by {name}</source>
            <translation>finalized on {day} by {name}</translation>
        </message>
        <message>
            <source>draft, not finalized</source>
            <translation>draft, not finalized</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>{role}, {organisation}</source>
            <translation>{role}, {organisation}</translation>
        </message>
        <message>
            <source>class counselor (university)</source>
            <translation>class counselor (university)</translation>
        </message>
        <message>
            <source>Absent, with the reason</source>
            <translation>Absent, with the reason</translation>
        </message>
        <message>
            <source>{name} ({role}): {reason}</source>
            <translation>{name} ({role}): {reason}</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>no reason given</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Nobody has been invited yet.</source>
            <translation>Nobody has been invited yet.</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Carried out</source>
            <translation>Carried out</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>not done</translation>
        </message>
        <message>
            <source>not done ({state})</source>
            <translation>not done ({state})</translation>
        </message>
        <message>
            <source>The last meeting decided no action (or this is the grade's first meeting).</source>
            <translation>The last meeting decided no action (or this is the grade's first meeting).</translation>
        </message>
        <message>
            <source>{done} of {count} actions carried out.</source>
            <translation>{done} of {count} actions carried out.</translation>
        </message>
        <message>
            <source>Students on the watch list</source>
            <translation>Students on the watch list</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Raised</translation>
        </message>
        <message>
            <source>Lowered</source>
            <translation>Lowered</translation>
        </message>
        <message>
            <source>Watch ended</source>
            <translation>Watch ended</translation>
        </message>
        <message>
            <source>Screening alerts</source>
            <translation>Screening alerts</translation>
        </message>
        <message>
            <source>Students on the watch list by how they came to it</source>
            <translation>Students on the watch list by how they came to it</translation>
        </message>
        <message>
            <source>As of the meeting day, {day}.</source>
            <translation>As of the meeting day, {day}.</translation>
        </message>
        <message>
            <source>Source / state</source>
            <translation>Source / state</translation>
        </message>
        <message>
            <source>Level (before → after)</source>
            <translation>Level (before → after)</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Measures (owner, due)</source>
            <translation>Measures (owner, due)</translation>
        </message>
        <message>
            <source>{type}: {description}</source>
            <translation>{type}: {description}</translation>
        </message>
        <message>
            <source>{owner}, by {due}</source>
            <translation>{owner}, by {due}</translation>
        </message>
        <message>
            <source>Parent contact</source>
            <translation>Parent contact</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Next review</translation>
        </message>
        <message>
            <source>not decided</source>
            <translation>not decided</translation>
        </message>
        <message>
            <source>No student is on the agenda.</source>
            <translation>No student is on the agenda.</translation>
        </message>
        <message>
            <source>{count} students reviewed.</source>
            <translation>{count} students reviewed.</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>None.</translation>
        </message>
        <message>
            <source>The chair's approval</source>
            <translation>The chair's approval</translation>
        </message>
        <message>
            <source>□ Approved: the decisions above are to be carried out.    □ To be revised.</source>
            <translation>□ Approved: the decisions above are to be carried out.    □ To be revised.</translation>
        </message>
        <message>
            <source>School leader in charge</source>
            <translation>School leader in charge</translation>
        </message>
        <message>
            <source>Addendum {number}</source>
            <translation>Addendum {number}</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Written on {day} by {name}</source>
            <translation>Written on {day} by {name}</translation>
        </message>
        <message>
            <source>electronic signature verified</source>
            <translation>electronic signature verified</translation>
        </message>
        <message>
            <source>electronic signature missing or not valid: check it in the application</source>
            <translation>electronic signature missing or not valid: check it in the application</translation>
        </message>
        <message>
            <source>Annex: the students of the minutes by name</source>
            <translation>Annex: the students of the minutes by name</translation>
        </message>
        <message>
            <source>Kept by the counseling office only, apart from the minutes; not to be copied or passed on. The numbers are those of the decision table.</source>
            <translation>Kept by the counseling office only, apart from the minutes; not to be copied or passed on. The numbers are those of the decision table.</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>keep</source>
            <translation>keep</translation>
        </message>
        <message>
            <source>raise</source>
            <translation>raise</translation>
        </message>
        <message>
            <source>lower</source>
            <translation>lower</translation>
        </message>
        <message>
            <source>end the watch</source>
            <translation>end the watch</translation>
        </message>
        <message>
            <source>suggest referral to a hospital</source>
            <translation>suggest referral to a hospital</translation>
        </message>
        <message>
            <source>suggest leave or suspension</source>
            <translation>suggest leave or suspension</translation>
        </message>
        <message>
            <source>follow up after the return</source>
            <translation>follow up after the return</translation>
        </message>
    </context>
    <context>
        <name>MeetingPlan</name>
        <message>
            <source>Measures decided by the review meeting of {day}.</source>
            <translation>Measures decided by the review meeting of {day}.</translation>
        </message>
    </context>
    <context>
        <name>MeetingReason</name>
        <message>
            <source>due for review</source>
            <translation>due for review</translation>
        </message>
        <message>
            <source>new since the last meeting</source>
            <translation>new since the last meeting</translation>
        </message>
        <message>
            <source>level changed</source>
            <translation>level changed</translation>
        </message>
        <message>
            <source>back from leave</source>
            <translation>back from leave</translation>
        </message>
        <message>
            <source>open action of the last meeting</source>
            <translation>open action of the last meeting</translation>
        </message>
        <message>
            <source>screening candidate to review</source>
            <translation>screening candidate to review</translation>
        </message>
        <message>
            <source>added by hand</source>
            <translation>added by hand</translation>
        </message>
    </context>
    <context>
        <name>MeetingReferral</name>
        <message>
            <source>The review meeting of {day} suggested a referral to a hospital.</source>
            <translation>The review meeting of {day} suggested a referral to a hospital.</translation>
        </message>
    </context>
    <context>
        <name>MeetingRole</name>
        <message>
            <source>grade leader</source>
            <translation>grade leader</translation>
        </message>
        <message>
            <source>head teacher</source>
            <translation>head teacher</translation>
        </message>
        <message>
            <source>counselor</source>
            <translation>counselor</translation>
        </message>
        <message>
            <source>school leader in charge</source>
            <translation>school leader in charge</translation>
        </message>
        <message>
            <source>school doctor</source>
            <translation>school doctor</translation>
        </message>
        <message>
            <source>external expert</source>
            <translation>external expert</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
    </context>
    <context>
        <name>MeetingSignIn</name>
        <message>
            <source>{grade} review meeting on students' mental state: sign-in sheet ({month}/{year})</source>
            <translation>{grade} review meeting on students' mental state: sign-in sheet ({month}/{year})</translation>
        </message>
        <message>
            <source>Attending without an invitation: write your name and role below.</source>
            <translation>Attending without an invitation: write your name and role below.</translation>
        </message>
        <message>
            <source>Role or organisation</source>
            <translation>Role or organisation</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Nobody has been invited yet.</source>
            <translation>Nobody has been invited yet.</translation>
        </message>
        <message>
            <source>Invited: {count}   Present: _____   Absent: _____</source>
            <translation>Invited: {count}   Present: _____   Absent: _____</translation>
        </message>
        <message>
            <source>Checked by the minute-taker {name}: ____________</source>
            <translation>Checked by the minute-taker {name}: ____________</translation>
        </message>
    </context>
    <context>
        <name>MeetingState</name>
        <message>
            <source>in preparation</source>
            <translation>in preparation</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>finalized</source>
            <translation>finalized</translation>
        </message>
        <message>
            <source>abandoned</source>
            <translation>abandoned</translation>
        </message>
    </context>
    <context>
        <name>MeetingWindow</name>
        <message>
            <source>Review meeting</source>
            <translation>Review meeting</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Details…</translation>
        </message>
        <message>
            <source>The day, times, place, chair and minute-taker.</source>
            <translation>The day, times, place, chair and minute-taker.</translation>
        </message>
        <message>
            <source>Refresh the agenda</source>
            <translation>Refresh the agenda</translation>
        </message>
        <message>
            <source>Build the agenda again from the watch list (until the meeting starts). Students added by hand, decisions and the order stay.</source>
            <translation>Build the agenda again from the watch list (until the meeting starts). Students added by hand, decisions and the order stay.</translation>
        </message>
        <message>
            <source>Start the meeting</source>
            <translation>Start the meeting</translation>
        </message>
        <message>
            <source>Finalize…</source>
            <translation>Finalize…</translation>
        </message>
        <message>
            <source>Add an addendum…</source>
            <translation>Add an addendum…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Abandon…</source>
            <translation>Abandon…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{day} {time} · place: {place} · chair: {chair} · minute-taker: {recorder}</source>
            <translation>{day} {time} · place: {place} · chair: {chair} · minute-taker: {recorder}</translation>
        </message>
        <message>
            <source>Agenda ({n})</source>
            <translation>Agenda ({n})</translation>
        </message>
        <message>
            <source>Attendance ({n})</source>
            <translation>Attendance ({n})</translation>
        </message>
        <message>
            <source>Last meeting's actions and other matters</source>
            <translation>Last meeting's actions and other matters</translation>
        </message>
        <message>
            <source>Finalized on {day} by {who}. The minutes are locked: corrections are addenda.</source>
            <translation>Finalized on {day} by {who}. The minutes are locked: corrections are addenda.</translation>
        </message>
        <message>
            <source>Abandoned: {reason}</source>
            <translation>Abandoned: {reason}</translation>
        </message>
        <message>
            <source>The meeting has started: record the attendance and a decision for each student, then finalize it.</source>
            <translation>The meeting has started: record the attendance and a decision for each student, then finalize it.</translation>
        </message>
        <message>
            <source>The meeting could not be loaded.</source>
            <translation>The meeting could not be loaded.</translation>
        </message>
        <message>
            <source>Start the meeting now? From then on the agenda is no longer built from the watch list; students can still be added by hand.</source>
            <translation>Start the meeting now? From then on the agenda is no longer built from the watch list; students can still be added by hand.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Finalize the meeting</source>
            <translation>Finalize the meeting</translation>
        </message>
        <message>
            <source>The meeting is finalized: {applied} decisions applied to the watch list ({raised} raised, {lowered} lowered, {closed} closed, {requests} closings waiting for the head's approval, {measures} plan measures added).</source>
            <translation>The meeting is finalized: {applied} decisions applied to the watch list ({raised} raised, {lowered} lowered, {closed} closed, {requests} closings waiting for the head's approval, {measures} plan measures added).</translation>
        </message>
        <message>
            <source>Clear the decision</source>
            <translation>Clear the decision</translation>
        </message>
        <message>
            <source>Clear the decision recorded for {name}?</source>
            <translation>Clear the decision recorded for {name}?</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Remove from the agenda</source>
            <translation>Remove from the agenda</translation>
        </message>
        <message>
            <source>Take {name} off the agenda?</source>
            <translation>Take {name} off the agenda?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>{document} with the identity annex…</source>
            <translation>{document} with the identity annex…</translation>
        </message>
    </context>
    <context>
        <name>MeetingWords</name>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>yyyy-MM</source>
            <translation>yyyy-MM</translation>
        </message>
        <message>
            <source>{grade} · {month} · {kind}</source>
            <translation>{grade} · {month} · {kind}</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>New meeting…</source>
            <translation>New meeting…</translation>
        </message>
        <message>
            <source>Prepare a grade's review meeting of a month: its agenda is built from the watch list.</source>
            <translation>Prepare a grade's review meeting of a month: its agenda is built from the watch list.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>All states</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
        <message>
            <source>Double-click a meeting (or press Enter) to open it.</source>
            <translation>Double-click a meeting (or press Enter) to open it.</translation>
        </message>
        <message>
            <source>{shown} shown · {open} not finalized yet</source>
            <translation>{shown} shown · {open} not finalized yet</translation>
        </message>
        <message>
            <source>Loading the meetings…</source>
            <translation>Loading the meetings…</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>All departments</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>All grades</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
    </context>
    <context>
        <name>MeetingsSection</name>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Why on the agenda</source>
            <translation>Why on the agenda</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Next review</translation>
        </message>
        <message>
            <source>Parent contact</source>
            <translation>Parent contact</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>Open the meeting</source>
            <translation>Open the meeting</translation>
        </message>
        <message>
            <source>(no decision)</source>
            <translation>(no decision)</translation>
        </message>
        <message>
            <source>(not decided yet)</source>
            <translation>(not decided yet)</translation>
        </message>
        <message>
            <source>No review meeting has discussed this student.</source>
            <translation>No review meeting has discussed this student.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsTable</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Conclusion</source>
            <translation>Conclusion</translation>
        </message>
        <message>
            <source>Re-assessment on</source>
            <translation>Re-assessment on</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>{n} (latest)</source>
            <translation>{n} (latest)</translation>
        </message>
        <message>
            <source>Recorded by {who} at {at}</source>
            <translation>Recorded by {who} at {at}</translation>
        </message>
    </context>
    <context>
        <name>MeetingsWindow</name>
        <message>
            <source>Return assessment meetings: L {number}</source>
            <translation>Return assessment meetings: L {number}</translation>
        </message>
        <message>
            <source>No return assessment meeting has been held yet.</source>
            <translation>No return assessment meeting has been held yet.</translation>
        </message>
    </context>
    <context>
        <name>MembersDialog</name>
        <message>
            <source>Duty list</source>
            <translation>Duty list</translation>
        </message>
        <message>
            <source>On duty this semester:</source>
            <translation>On duty this semester:</translation>
        </message>
        <message>
            <source>{name} ({roles})</source>
            <translation>{name} ({roles})</translation>
        </message>
        <message>
            <source>(left the school)</source>
            <translation>(left the school)</translation>
        </message>
    </context>
    <context>
        <name>MonthTab</name>
        <message>
            <source>Previous month</source>
            <translation>Previous month</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Next month</translation>
        </message>
        <message>
            <source>Change this day…</source>
            <translation>Change this day…</translation>
        </message>
        <message>
            <source>Put someone on a shift of the chosen day, give a duty to someone else, or take someone off duty. Changes made by hand are kept when the roster is generated again.</source>
            <translation>Put someone on a shift of the chosen day, give a duty to someone else, or take someone off duty. Changes made by hand are kept when the roster is generated again.</translation>
        </message>
        <message>
            <source>Print preview…</source>
            <translation>Print preview…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Post:</source>
            <translation>Post:</translation>
        </message>
        <message>
            <source>{month}/{year}</source>
            <translation>{month}/{year}</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Draft: not published yet</source>
            <translation>Draft: not published yet</translation>
        </message>
        <message>
            <source>No duties this month</source>
            <translation>No duties this month</translation>
        </message>
        <message>
            <source>A shift of this day still has an empty seat.</source>
            <translation>A shift of this day still has an empty seat.</translation>
        </message>
        <message>
            <source>{count} empty</source>
            <translation>{count} empty</translation>
        </message>
        <message>
            <source>Duty roster {month}</source>
            <translation>Duty roster {month}</translation>
        </message>
        <message>
            <source>Export the month</source>
            <translation>Export the month</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exported</translation>
        </message>
        <message>
            <source>{count} shift(s) were exported to {path}.</source>
            <translation>{count} shift(s) were exported to {path}.</translation>
        </message>
    </context>
    <context>
        <name>MyDutiesTab</name>
        <message>
            <source>Duties of:</source>
            <translation>Duties of:</translation>
        </message>
        <message>
            <source>Ask for a swap…</source>
            <translation>Ask for a swap…</translation>
        </message>
        <message>
            <source>Exchange this duty for a colleague's: the colleague accepts, then the office head approves.</source>
            <translation>Exchange this duty for a colleague's: the colleague accepts, then the office head approves.</translation>
        </message>
        <message>
            <source>Ask for a cover…</source>
            <translation>Ask for a cover…</translation>
        </message>
        <message>
            <source>Someone named takes this duty (a leave): the office head approves.</source>
            <translation>Someone named takes this duty (a leave): the office head approves.</translation>
        </message>
        <message>
            <source>Duty log…</source>
            <translation>Duty log…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Set by hand</source>
            <translation>Set by hand</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>me</source>
            <translation>me</translation>
        </message>
        <message>
            <source>{coming} duty(ies) in the next {days} days.</source>
            <translation>{coming} duty(ies) in the next {days} days.</translation>
        </message>
    </context>
    <context>
        <name>NewEntryDialog</name>
        <message>
            <source>Put a student on the watch list</source>
            <translation>Put a student on the watch list</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>Student:</translation>
        </message>
        <message>
            <source>Open that entry</source>
            <translation>Open that entry</translation>
        </message>
        <message>
            <source>Reopen that entry (its history is kept) instead of making a new one</source>
            <translation>Reopen that entry (its history is kept) instead of making a new one</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Why the student comes back on the watch list</source>
            <translation>Why the student comes back on the watch list</translation>
        </message>
        <message>
            <source>Level:</source>
            <translation>Level:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>The entry</source>
            <translation>The entry</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>its number, e.g. 2026-QJ-0153</source>
            <translation>its number, e.g. 2026-QJ-0153</translation>
        </message>
        <message>
            <source>What was noticed, by whom, since when</source>
            <translation>What was noticed, by whom, since when</translation>
        </message>
        <message>
            <source>to review first</source>
            <translation>to review first</translation>
        </message>
        <message>
            <source>follow up at once</source>
            <translation>follow up at once</translation>
        </message>
        <message>
            <source>Following up at once needs the class of the case (mild or severe).</source>
            <translation>Following up at once needs the class of the case (mild or severe).</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Source:</translation>
        </message>
        <message>
            <source>Related record:</source>
            <translation>Related record:</translation>
        </message>
        <message>
            <source>Concern:</source>
            <translation>Concern:</translation>
        </message>
        <message>
            <source>Class of case:</source>
            <translation>Class of case:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>State:</translation>
        </message>
        <message>
            <source>Opened on:</source>
            <translation>Opened on:</translation>
        </message>
        <message>
            <source>Responsible people and contacts</source>
            <translation>Responsible people and contacts</translation>
        </message>
        <message>
            <source>Responsible people:</source>
            <translation>Responsible people:</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Peer carer:</source>
            <translation>Peer carer:</translation>
        </message>
        <message>
            <source>Parent:</source>
            <translation>Parent:</translation>
        </message>
        <message>
            <source>Relation:</source>
            <translation>Relation:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>{name} ({roles})</source>
            <translation>{name} ({roles})</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>{name}, mental-health monitor of {klass}</source>
            <translation>{name}, mental-health monitor of {klass}</translation>
        </message>
        <message>
            <source>This student is already on the watch list (an open entry). A student has one open entry at a time: open it to change it.</source>
            <translation>This student is already on the watch list (an open entry). A student has one open entry at a time: open it to change it.</translation>
        </message>
        <message>
            <source>This student was on the watch list before: from {opened} to {closed} ({reason}). Reopen that entry to continue its history, or make a new one.</source>
            <translation>This student was on the watch list before: from {opened} to {closed} ({reason}). Reopen that entry to continue its history, or make a new one.</translation>
        </message>
        <message>
            <source>Put on the watch list</source>
            <translation>Put on the watch list</translation>
        </message>
        <message>
            <source>{name} · {duty}</source>
            <translation>{name} · {duty}</translation>
        </message>
        <message>
            <source>Choose the student first.</source>
            <translation>Choose the student first.</translation>
        </message>
        <message>
            <source>This student already has an open entry: open it instead.</source>
            <translation>This student already has an open entry: open it instead.</translation>
        </message>
        <message>
            <source>Say why the entry is reopened.</source>
            <translation>Say why the entry is reopened.</translation>
        </message>
        <message>
            <source>Choose how the student came to the watch list.</source>
            <translation>Choose how the student came to the watch list.</translation>
        </message>
        <message>
            <source>Write down the concern: what was noticed, by whom.</source>
            <translation>Write down the concern: what was noticed, by whom.</translation>
        </message>
    </context>
    <context>
        <name>NewIncidentDialog</name>
        <message>
            <source>Record a crisis incident</source>
            <translation>Record a crisis incident</translation>
        </message>
        <message>
            <source>Happened at:</source>
            <translation>Happened at:</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>choose…</translation>
        </message>
        <message>
            <source>Gravity:</source>
            <translation>Gravity:</translation>
        </message>
        <message>
            <source>Students:</source>
            <translation>Students:</translation>
        </message>
        <message>
            <source>Found by:</source>
            <translation>Found by:</translation>
        </message>
        <message>
            <source>Found at:</source>
            <translation>Found at:</translation>
        </message>
        <message>
            <source>What was seen:</source>
            <translation>What was seen:</translation>
        </message>
        <message>
            <source>Each student goes on the watch list at the highest level (an open entry is raised). Record the report to the counselor or school leader next: the target is 10 minutes.</source>
            <translation>Each student goes on the watch list at the highest level (an open entry is raised). Record the report to the counselor or school leader next: the target is 10 minutes.</translation>
        </message>
        <message>
            <source>Choose the type of the incident.</source>
            <translation>Choose the type of the incident.</translation>
        </message>
        <message>
            <source>Choose the student or students involved.</source>
            <translation>Choose the student or students involved.</translation>
        </message>
    </context>
    <context>
        <name>NewLeaveDialog</name>
        <message>
            <source>Leave or suspension</source>
            <translation>Leave or suspension</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>Student:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <source>Reason category:</source>
            <translation>Reason category:</translation>
        </message>
        <message>
            <source>Applied on:</source>
            <translation>Applied on:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>Expected end:</source>
            <translation>Expected end:</translation>
        </message>
        <message>
            <source>Documents received:</source>
            <translation>Documents received:</translation>
        </message>
        <message>
            <source>What the medical documents say:</source>
            <translation>What the medical documents say:</translation>
        </message>
        <message>
            <source>The medical documents' content is kept sealed with the clinical records. A suspension shows in the register once the school and the education bureau approved it.</source>
            <translation>The medical documents' content is kept sealed with the clinical records. A suspension shows in the register once the school and the education bureau approved it.</translation>
        </message>
        <message>
            <source>Choose the student.</source>
            <translation>Choose the student.</translation>
        </message>
    </context>
    <context>
        <name>NewMeetingDialog</name>
        <message>
            <source>New review meeting</source>
            <translation>New review meeting</translation>
        </message>
        <message>
            <source>Grade or department:</source>
            <translation>Grade or department:</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>Month:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Extra review meeting</source>
            <translation>Extra review meeting</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Day:</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Time:</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <source>e.g. the counseling office's meeting room</source>
            <translation>e.g. the counseling office's meeting room</translation>
        </message>
        <message>
            <source>Chair:</source>
            <translation>Chair:</translation>
        </message>
        <message>
            <source>Minute-taker:</source>
            <translation>Minute-taker:</translation>
        </message>
        <message>
            <source>The agenda is built from the watch list when the meeting is saved (due reviews, new entries, level changes, returns from leave, open actions of the last meeting, screening candidates), and the usual people are invited. Until the meeting starts the agenda can be refreshed.</source>
            <translation>The agenda is built from the watch list when the meeting is saved (due reviews, new entries, level changes, returns from leave, open actions of the last meeting, screening candidates), and the usual people are invited. Until the meeting starts the agenda can be refreshed.</translation>
        </message>
        <message>
            <source>(not chosen yet)</source>
            <translation>(not chosen yet)</translation>
        </message>
        <message>
            <source>Choose the grade or department.</source>
            <translation>Choose the grade or department.</translation>
        </message>
        <message>
            <source>An extra meeting needs a name (e.g. an urgent case review).</source>
            <translation>An extra meeting needs a name (e.g. an urgent case review).</translation>
        </message>
    </context>
    <context>
        <name>NewRecoveryKeyDialog</name>
        <message>
            <source>New recovery key</source>
            <translation>New recovery key</translation>
        </message>
        <message>
            <source>The office has a new recovery key. It is shown only now: print the recovery sheet, seal it in an envelope, keep it in the office safe, and destroy the old sheet. The old key no longer opens the office, nor the backups made from now on; backups made before still open with it.</source>
            <translation>The office has a new recovery key. It is shown only now: print the recovery sheet, seal it in an envelope, keep it in the office safe, and destroy the old sheet. The old key no longer opens the office, nor the backups made from now on; backups made before still open with it.</translation>
        </message>
        <message>
            <source>Print the recovery sheet…</source>
            <translation>Print the recovery sheet…</translation>
        </message>
        <message>
            <source>Type it back now…</source>
            <translation>Type it back now…</translation>
        </message>
        <message>
            <source>Until the key is typed back, the start page reminds the office head to confirm it.</source>
            <translation>Until the key is typed back, the start page reminds the office head to confirm it.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
    </context>
    <context>
        <name>NewReferralDialog</name>
        <message>
            <source>New referral</source>
            <translation>New referral</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>Student:</translation>
        </message>
        <message>
            <source>Urgency:</source>
            <translation>Urgency:</translation>
        </message>
        <message>
            <source>Hospital:</source>
            <translation>Hospital:</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>Department:</translation>
        </message>
        <message>
            <source>Accompanied by:</source>
            <translation>Accompanied by:</translation>
        </message>
        <message>
            <source>not decided yet</source>
            <translation>not decided yet</translation>
        </message>
        <message>
            <source>Reason and what was observed:</source>
            <translation>Reason and what was observed:</translation>
        </message>
        <message>
            <source>What the school has done:</source>
            <translation>What the school has done:</translation>
        </message>
        <message>
            <source>Screening summary:</source>
            <translation>Screening summary:</translation>
        </message>
        <message>
            <source>The screening summary names the scale, the date, the total and the level: never the answers to single items. The guardian comes from the register.</source>
            <translation>The screening summary names the scale, the date, the total and the level: never the answers to single items. The guardian comes from the register.</translation>
        </message>
        <message>
            <source>not chosen yet</source>
            <translation>not chosen yet</translation>
        </message>
        <message>
            <source>Choose the student.</source>
            <translation>Choose the student.</translation>
        </message>
        <message>
            <source>Write the reason of the referral and what was observed.</source>
            <translation>Write the reason of the referral and what was observed.</translation>
        </message>
        <message>
            <source>Not on the watch list</source>
            <translation>Not on the watch list</translation>
        </message>
        <message>
            <source>{student} is not on the watch list. Writing the referral puts the student on it (source: medical-school liaison, followed up as a severe case). Go on?</source>
            <translation>{student} is not on the watch list. Writing the referral puts the student on it (source: medical-school liaison, followed up as a severe case). Go on?</translation>
        </message>
        <message>
            <source>Put on the list and write</source>
            <translation>Put on the list and write</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>OtherMattersDialog</name>
        <message>
            <source>Other matters</source>
            <translation>Other matters</translation>
        </message>
        <message>
            <source>Other matters:</source>
            <translation>Other matters:</translation>
        </message>
        <message>
            <source>e.g. dormitory visits, the class mental-health monitors' reports. Printed in the minutes.</source>
            <translation>e.g. dormitory visits, the class mental-health monitors' reports. Printed in the minutes.</translation>
        </message>
    </context>
    <context>
        <name>OtherTab</name>
        <message>
            <source>Actions of the last meeting still open</source>
            <translation>Actions of the last meeting still open</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>not in the plan</source>
            <translation>not in the plan</translation>
        </message>
        <message>
            <source>None: every action of the last meeting is done, or there was none.</source>
            <translation>None: every action of the last meeting is done, or there was none.</translation>
        </message>
        <message>
            <source>Other matters</source>
            <translation>Other matters</translation>
        </message>
        <message>
            <source>Write…</source>
            <translation>Write…</translation>
        </message>
        <message>
            <source>Addenda</source>
            <translation>Addenda</translation>
        </message>
        <message>
            <source>(nothing written)</source>
            <translation>(nothing written)</translation>
        </message>
        <message>
            <source>{day} · {author}{signed}:
{body}</source>
            <translation>{day} · {author}{signed}:
{body}</translation>
        </message>
        <message>
            <source> (not signed)</source>
            <translation> (not signed)</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <source>Meetings of the school year</source>
            <translation>Meetings of the school year</translation>
        </message>
        <message>
            <source>✓ finalized · red: no meeting yet this month · double-click a cell to open or prepare its meeting</source>
            <translation>✓ finalized · red: no meeting yet this month · double-click a cell to open or prepare its meeting</translation>
        </message>
        <message>
            <source>No school year is set up: enter it on the school calendar page.</source>
            <translation>No school year is set up: enter it on the school calendar page.</translation>
        </message>
        <message>
            <source>✓ finalized · 1/2: meetings held of those the policy asks a month · red: short this month · double-click a cell to open or prepare its meeting</source>
            <translation>✓ finalized · 1/2: meetings held of those the policy asks a month · red: short this month · double-click a cell to open or prepare its meeting</translation>
        </message>
        <message>
            <source>No grade or department with classes yet.</source>
            <translation>No grade or department with classes yet.</translation>
        </message>
        <message>
            <source>MMM</source>
            <translation>MMM</translation>
        </message>
        <message>
            <source>no meeting yet this month</source>
            <translation>no meeting yet this month</translation>
        </message>
        <message>
            <source>no meeting</source>
            <translation>no meeting</translation>
        </message>
        <message>
            <source>{held} of the {required} meetings a month the policy asks for</source>
            <translation>{held} of the {required} meetings a month the policy asks for</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>Backup and restore</source>
            <translation>Backup and restore</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Students</translation>
        </message>
        <message>
            <source>School calendar</source>
            <translation>School calendar</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <source>Watch list</source>
            <translation>Watch list</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Screening</translation>
        </message>
        <message>
            <source>Duty roster</source>
            <translation>Duty roster</translation>
        </message>
        <message>
            <source>Review meetings</source>
            <translation>Review meetings</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>Compliance</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <source>Compliance records</source>
            <translation>Compliance records</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <source>Crisis incidents</source>
            <translation>Crisis incidents</translation>
        </message>
        <message>
            <source>Leave and return</source>
            <translation>Leave and return</translation>
        </message>
    </context>
    <context>
        <name>PasswordForm</name>
        <message>
            <source>Repeat:</source>
            <translation>Repeat:</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>Pdf</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Printed {time}</source>
            <translation>Printed {time}</translation>
        </message>
        <message>
            <source>Confidential: psychological counseling records</source>
            <translation>Confidential: psychological counseling records</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>No. {number}</translation>
        </message>
        <message>
            <source>{role} (signature):</source>
            <translation>{role} (signature):</translation>
        </message>
        <message>
            <source>{role} {name} (signature):</source>
            <translation>{role} {name} (signature):</translation>
        </message>
        <message>
            <source>Date: __________</source>
            <translation>Date: __________</translation>
        </message>
        <message>
            <source>{organization} (seal)</source>
            <translation>{organization} (seal)</translation>
        </message>
        <message>
            <source>Cut along this line</source>
            <translation>Cut along this line</translation>
        </message>
    </context>
    <context>
        <name>PeriodsTab</name>
        <message>
            <source>A booking for a student in a class period of that day gets a warning: the student misses class. No periods: no warning. Every day has Monday's periods unless it has its own.</source>
            <translation>A booking for a student in a class period of that day gets a warning: the student misses class. No periods: no warning. Every day has Monday's periods unless it has its own.</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Day:</translation>
        </message>
        <message>
            <source>Same as Monday</source>
            <translation>Same as Monday</translation>
        </message>
        <message>
            <source>Untick to give this day its own periods, starting from a copy of Monday's</source>
            <translation>Untick to give this day its own periods, starting from a copy of Monday's</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Add a period</source>
            <translation>Add a period</translation>
        </message>
        <message>
            <source>Remove the selected</source>
            <translation>Remove the selected</translation>
        </message>
        <message>
            <source>Save the class periods</source>
            <translation>Save the class periods</translation>
        </message>
        <message>
            <source>{day} (own periods)</source>
            <translation>{day} (own periods)</translation>
        </message>
        <message>
            <source>Period {n}</source>
            <translation>Period {n}</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>manage users</source>
            <translation>manage users</translation>
        </message>
        <message>
            <source>view the audit trail</source>
            <translation>view the audit trail</translation>
        </message>
        <message>
            <source>make backups</source>
            <translation>make backups</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>restore a backup</translation>
        </message>
        <message>
            <source>change office settings</source>
            <translation>change office settings</translation>
        </message>
        <message>
            <source>export the data key</source>
            <translation>export the data key</translation>
        </message>
        <message>
            <source>renew the office's keys</source>
            <translation>renew the office's keys</translation>
        </message>
        <message>
            <source>view the school register</source>
            <translation>view the school register</translation>
        </message>
        <message>
            <source>edit the school register</source>
            <translation>edit the school register</translation>
        </message>
        <message>
            <source>manage appointments</source>
            <translation>manage appointments</translation>
        </message>
        <message>
            <source>manage duty rosters</source>
            <translation>manage duty rosters</translation>
        </message>
        <message>
            <source>approve duty swaps and covers</source>
            <translation>approve duty swaps and covers</translation>
        </message>
        <message>
            <source>view the watch list</source>
            <translation>view the watch list</translation>
        </message>
        <message>
            <source>edit the watch list</source>
            <translation>edit the watch list</translation>
        </message>
        <message>
            <source>approve closing a watch-list entry</source>
            <translation>approve closing a watch-list entry</translation>
        </message>
        <message>
            <source>view intervention plans</source>
            <translation>view intervention plans</translation>
        </message>
        <message>
            <source>view counseling notes</source>
            <translation>view counseling notes</translation>
        </message>
        <message>
            <source>view screening answers</source>
            <translation>view screening answers</translation>
        </message>
        <message>
            <source>manage screening</source>
            <translation>manage screening</translation>
        </message>
        <message>
            <source>view crisis incidents</source>
            <translation>view crisis incidents</translation>
        </message>
        <message>
            <source>manage crisis incidents</source>
            <translation>manage crisis incidents</translation>
        </message>
        <message>
            <source>manage review meetings</source>
            <translation>manage review meetings</translation>
        </message>
        <message>
            <source>manage referrals</source>
            <translation>manage referrals</translation>
        </message>
        <message>
            <source>make bureau reports</source>
            <translation>make bureau reports</translation>
        </message>
        <message>
            <source>keep the compliance records</source>
            <translation>keep the compliance records</translation>
        </message>
        <message>
            <source>deactivate one's own account</source>
            <translation>deactivate one's own account</translation>
        </message>
        <message>
            <source>give one's own account a temporary password</source>
            <translation>give one's own account a temporary password</translation>
        </message>
        <message>
            <source>open another counselor's session record</source>
            <translation>open another counselor's session record</translation>
        </message>
        <message>
            <source>change finalized meeting minutes</source>
            <translation>change finalized meeting minutes</translation>
        </message>
        <message>
            <source>read an appointment's notes</source>
            <translation>read an appointment's notes</translation>
        </message>
        <message>
            <source>put clinical text on a printout</source>
            <translation>put clinical text on a printout</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Revise the individual plan</source>
            <translation>Revise the individual plan</translation>
        </message>
        <message>
            <source>Write the individual plan</source>
            <translation>Write the individual plan</translation>
        </message>
        <message>
            <source>Goal:</source>
            <translation>Goal:</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>What is done</source>
            <translation>What is done</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Frequency</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Add a measure</source>
            <translation>Add a measure</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Measures:</source>
            <translation>Measures:</translation>
        </message>
        <message>
            <source>Medication:</source>
            <translation>Medication:</translation>
        </message>
        <message>
            <source>As the family reports it (the school never prescribes)</source>
            <translation>As the family reports it (the school never prescribes)</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes:</translation>
        </message>
        <message>
            <source>Saving writes version {n}, dated today and signed with your name; the earlier versions stay. A measure's state can also be changed later in the window.</source>
            <translation>Saving writes version {n}, dated today and signed with your name; the earlier versions stay. A measure's state can also be changed later in the window.</translation>
        </message>
        <message>
            <source>choose or type</source>
            <translation>choose or type</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <source>Write the plan…</source>
            <translation>Write the plan…</translation>
        </message>
        <message>
            <source>Earlier versions…</source>
            <translation>Earlier versions…</translation>
        </message>
        <message>
            <source>There is no individual plan for this entry yet.</source>
            <translation>There is no individual plan for this entry yet.</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>What is done</source>
            <translation>What is done</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Frequency</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Medication (as the family reports it)</source>
            <translation>Medication (as the family reports it)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Revise the plan…</source>
            <translation>Revise the plan…</translation>
        </message>
        <message>
            <source>None reported by the family.</source>
            <translation>None reported by the family.</translation>
        </message>
    </context>
    <context>
        <name>PlanVersionsDialog</name>
        <message>
            <source>Versions of the plan</source>
            <translation>Versions of the plan</translation>
        </message>
        <message>
            <source>Version {n} · {day} · {author}</source>
            <translation>Version {n} · {day} · {author}</translation>
        </message>
    </context>
    <context>
        <name>Policy</name>
        <message>
            <source>screening campaigns</source>
            <translation>screening campaigns</translation>
        </message>
        <message>
            <source>monthly review meetings</source>
            <translation>monthly review meetings</translation>
        </message>
        <message>
            <source>the compliance records and their indicators</source>
            <translation>the compliance records and their indicators</translation>
        </message>
        <message>
            <source>Screenings per student per school year</source>
            <translation>Screenings per student per school year</translation>
        </message>
        <message>
            <source>Review meetings per grade or department per month</source>
            <translation>Review meetings per grade or department per month</translation>
        </message>
        <message>
            <source>Family guidance activities per class per semester</source>
            <translation>Family guidance activities per class per semester</translation>
        </message>
        <message>
            <source>Mental-health lessons (K-12) per two weeks</source>
            <translation>Mental-health lessons (K-12) per two weeks</translation>
        </message>
        <message>
            <source>Mental-health lessons (vocational) per semester</source>
            <translation>Mental-health lessons (vocational) per semester</translation>
        </message>
        <message>
            <source>Mental-health course credits (university)</source>
            <translation>Mental-health course credits (university)</translation>
        </message>
        <message>
            <source>K-12: at least one full-time teacher above this many students</source>
            <translation>K-12: at least one full-time teacher above this many students</translation>
        </message>
        <message>
            <source>students</source>
            <translation>students</translation>
        </message>
        <message>
            <source>University: students per full-time teacher at most</source>
            <translation>University: students per full-time teacher at most</translation>
        </message>
        <message>
            <source>University: full-time teachers at least</source>
            <translation>University: full-time teachers at least</translation>
        </message>
        <message>
            <source>Training per full-time teacher per year</source>
            <translation>Training per full-time teacher per year</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>hours</translation>
        </message>
        <message>
            <source>Trainings per part-time teacher per year</source>
            <translation>Trainings per part-time teacher per year</translation>
        </message>
        <message>
            <source>Supervisions per counselor per year</source>
            <translation>Supervisions per counselor per year</translation>
        </message>
        <message>
            <source>University funding per student per year at least</source>
            <translation>University funding per student per year at least</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>yuan</translation>
        </message>
        <message>
            <source>University counseling venue at least</source>
            <translation>University counseling venue at least</translation>
        </message>
        <message>
            <source>m²</source>
            <translation>m²</translation>
        </message>
        <message>
            <source>School counseling rooms at least</source>
            <translation>School counseling rooms at least</translation>
        </message>
        <message>
            <source>Publicity activities for all staff per year</source>
            <translation>Publicity activities for all staff per year</translation>
        </message>
        <message>
            <source>Screening coverage of students at least</source>
            <translation>Screening coverage of students at least</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>An indicator is partly met (amber) from this share of its target</source>
            <translation>An indicator is partly met (amber) from this share of its target</translation>
        </message>
        <message>
            <source>art. {n}</source>
            <translation>art. {n}</translation>
        </message>
    </context>
    <context>
        <name>PolicyProfile</name>
        <message>
            <source>Anhui Province measures (2023)</source>
            <translation>Anhui Province measures (2023)</translation>
        </message>
        <message>
            <source>Anhui 2023, with two family guidance activities per semester (2025 national notice)</source>
            <translation>Anhui 2023, with two family guidance activities per semester (2025 national notice)</translation>
        </message>
    </context>
    <context>
        <name>PostDialog</name>
        <message>
            <source>New post</source>
            <translation>New post</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>e.g. counseling room, hotline</source>
            <translation>e.g. counseling room, hotline</translation>
        </message>
        <message>
            <source>in use (unticked: retired, kept in past rosters)</source>
            <translation>in use (unticked: retired, kept in past rosters)</translation>
        </message>
        <message>
            <source>Give the post a name.</source>
            <translation>Give the post a name.</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <source>Print preview — {title}</source>
            <translation>Print preview — {title}</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>The printer could not be started.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>The PDF was saved as {path}.</source>
            <translation>The PDF was saved as {path}.</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <source>entered by hand</source>
            <translation>entered by hand</translation>
        </message>
        <message>
            <source>roster import</source>
            <translation>roster import</translation>
        </message>
        <message>
            <source>demo office</source>
            <translation>demo office</translation>
        </message>
        <message>
            <source>year rollover</source>
            <translation>year rollover</translation>
        </message>
    </context>
    <context>
        <name>ProfileSection</name>
        <message>
            <source>Basic data</source>
            <translation>Basic data</translation>
        </message>
        <message>
            <source>Guardians</source>
            <translation>Guardians</translation>
        </message>
        <message>
            <source>Status changes</source>
            <translation>Status changes</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Watch list</source>
            <translation>Watch list</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Screening</translation>
        </message>
        <message>
            <source>Review meetings</source>
            <translation>Review meetings</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <source>Leave and return</source>
            <translation>Leave and return</translation>
        </message>
        <message>
            <source>Crisis incidents</source>
            <translation>Crisis incidents</translation>
        </message>
    </context>
    <context>
        <name>PublishDialog</name>
        <message>
            <source>Check and publish the duty roster</source>
            <translation>Check and publish the duty roster</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
        <message>
            <source>Publish from {start} through:</source>
            <translation>Publish from {start} through:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Only the days whose holidays are known; the rest of the semester once the holidays of the next year are entered.</source>
            <translation>Only the days whose holidays are known; the rest of the semester once the holidays of the next year are entered.</translation>
        </message>
        <message>
            <source>{count} empty seat(s): {why}</source>
            <translation>{count} empty seat(s): {why}</translation>
        </message>
        <message>
            <source>a make-up workday without a timetable (choose one in the set-up)</source>
            <translation>a make-up workday without a timetable (choose one in the set-up)</translation>
        </message>
        <message>
            <source>{seats} seat(s) checked.</source>
            <translation>{seats} seat(s) checked.</translation>
        </message>
        <message>
            <source>Every seat is filled and no duty breaks a rule.</source>
            <translation>Every seat is filled and no duty breaks a rule.</translation>
        </message>
        <message>
            <source>{gaps} seat(s) still empty: publishing asks you to confirm.</source>
            <translation>{gaps} seat(s) still empty: publishing asks you to confirm.</translation>
        </message>
        <message>
            <source>{count} problem(s) in red must be resolved before publishing (change the day in the month, or generate again).</source>
            <translation>{count} problem(s) in red must be resolved before publishing (change the day in the month, or generate again).</translation>
        </message>
        <message>
            <source>Published so far through {day}.</source>
            <translation>Published so far through {day}.</translation>
        </message>
        <message>
            <source>Only through {day}</source>
            <translation>Only through {day}</translation>
        </message>
        <message>
            <source>Publish with empty seats?</source>
            <translation>Publish with empty seats?</translation>
        </message>
        <message>
            <source>{gaps} seat(s) of the roster are still empty. Publish the roster anyway? The empty seats stay marked on the printed month.</source>
            <translation>{gaps} seat(s) of the roster are still empty. Publish the roster anyway? The empty seats stay marked on the printed month.</translation>
        </message>
        <message>
            <source>Publish anyway</source>
            <translation>Publish anyway</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Published through {day}.</source>
            <translation>Published through {day}.</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>Counseling session record</source>
            <translation>Counseling session record</translation>
        </message>
        <message>
            <source>{day} {start}–{end} · {who} · {kind} · {place} · {counselor}</source>
            <translation>{day} {start}–{end} · {who} · {kind} · {place} · {counselor}</translation>
        </message>
        <message>
            <source>Confidential: open to its author and the office head only.</source>
            <translation>Confidential: open to its author and the office head only.</translation>
        </message>
        <message>
            <source>Presenting problem:</source>
            <translation>Presenting problem:</translation>
        </message>
        <message>
            <source>State and observations:</source>
            <translation>State and observations:</translation>
        </message>
        <message>
            <source>Assessment and analysis:</source>
            <translation>Assessment and analysis:</translation>
        </message>
        <message>
            <source>Goal:</source>
            <translation>Goal:</translation>
        </message>
        <message>
            <source>Process:</source>
            <translation>Process:</translation>
        </message>
        <message>
            <source>Intervention:</source>
            <translation>Intervention:</translation>
        </message>
        <message>
            <source>The student's response:</source>
            <translation>The student's response:</translation>
        </message>
        <message>
            <source>Homework:</source>
            <translation>Homework:</translation>
        </message>
        <message>
            <source>Evaluation of the effect:</source>
            <translation>Evaluation of the effect:</translation>
        </message>
        <message>
            <source>Next appointment on</source>
            <translation>Next appointment on</translation>
        </message>
        <message>
            <source>Add this session as a follow-up to the student's watch-list entry</source>
            <translation>Add this session as a follow-up to the student's watch-list entry</translation>
        </message>
        <message>
            <source>Follow-up, what was seen:</source>
            <translation>Follow-up, what was seen:</translation>
        </message>
        <message>
            <source>Level seen now:</source>
            <translation>Level seen now:</translation>
        </message>
        <message>
            <source>Save, sign and lock</source>
            <translation>Save, sign and lock</translation>
        </message>
        <message>
            <source>Add an addendum…</source>
            <translation>Add an addendum…</translation>
        </message>
        <message>
            <source>The addendum: what is added or corrected, dated and signed by you</source>
            <translation>The addendum: what is added or corrected, dated and signed by you</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Save draft</translation>
        </message>
        <message>
            <source>unchanged ({level})</source>
            <translation>unchanged ({level})</translation>
        </message>
        <message>
            <source>Record {number}</source>
            <translation>Record {number}</translation>
        </message>
        <message>
            <source>signed {at} by {name}, locked</source>
            <translation>signed {at} by {name}, locked</translation>
        </message>
        <message>
            <source>draft, not signed yet</source>
            <translation>draft, not signed yet</translation>
        </message>
        <message>
            <source>already a follow-up in the watch-list entry</source>
            <translation>already a follow-up in the watch-list entry</translation>
        </message>
        <message>
            <source>Addendum {at} {name}: {text}</source>
            <translation>Addendum {at} {name}: {text}</translation>
        </message>
        <message>
            <source>Write what was seen for the follow-up, or clear its check box.</source>
            <translation>Write what was seen for the follow-up, or clear its check box.</translation>
        </message>
        <message>
            <source>Sign the record</source>
            <translation>Sign the record</translation>
        </message>
        <message>
            <source>Once signed, the record is locked: later changes are addenda. Sign it now?</source>
            <translation>Once signed, the record is locked: later changes are addenda. Sign it now?</translation>
        </message>
    </context>
    <context>
        <name>RecordsTab</name>
        <message>
            <source>Add a note…</source>
            <translation>Add a note…</translation>
        </message>
        <message>
            <source>Added on {day} by {author}</source>
            <translation>Added on {day} by {author}</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Reset a password with the recovery key</source>
            <translation>Reset a password with the recovery key</translation>
        </message>
        <message>
            <source>The recovery key was printed when the office was set up and is kept sealed in the office safe. Using it is recorded in the audit trail.</source>
            <translation>The recovery key was printed when the office was set up and is kept sealed in the office safe. Using it is recorded in the audit trail.</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>Login:</translation>
        </message>
        <message>
            <source>Recovery key:</source>
            <translation>Recovery key:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <source>Repeat new password:</source>
            <translation>Repeat new password:</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>The two new passwords differ.</translation>
        </message>
        <message>
            <source>A new password was set. You can log in with it now.</source>
            <translation>A new password was set. You can log in with it now.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPage</name>
        <message>
            <source>The recovery key</source>
            <translation>The recovery key</translation>
        </message>
        <message>
            <source>Shown only now. Print it, seal it in an envelope and keep it in the office safe.</source>
            <translation>Shown only now. Print it, seal it in an envelope and keep it in the office safe.</translation>
        </message>
        <message>
            <source>When every password is forgotten, this key sets a new one. Whoever holds it can read every record, so it never goes on a computer, a phone or into a message.</source>
            <translation>When every password is forgotten, this key sets a new one. Whoever holds it can read every record, so it never goes on a computer, a phone or into a message.</translation>
        </message>
        <message>
            <source>Print the recovery sheet…</source>
            <translation>Print the recovery sheet…</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>This is the recovery key of the counseling office's encrypted records at {school}, created on {date}.</source>
            <translation>This is the recovery key of the counseling office's encrypted records at {school}, created on {date}.</translation>
        </message>
        <message>
            <source>What it is for</source>
            <translation>What it is for</translation>
        </message>
        <message>
            <source>When every password of the office is forgotten, this key sets a new password for any account (“Forgot password” in the login window). It also opens the database with standard SQLCipher tools, so the records never depend on one program.</source>
            <translation>When every password of the office is forgotten, this key sets a new password for any account (“Forgot password” in the login window). It also opens the database with standard SQLCipher tools, so the records never depend on one program.</translation>
        </message>
        <message>
            <source>Where to keep it</source>
            <translation>Where to keep it</translation>
        </message>
        <message>
            <source>Seal this page in an envelope, sign across the seal, and keep it in the office safe. Do not photograph, scan, copy or store it on a computer. Whoever holds this key can read every record of the office, including counseling notes about children.</source>
            <translation>Seal this page in an envelope, sign across the seal, and keep it in the office safe. Do not photograph, scan, copy or store it on a computer. Whoever holds this key can read every record of the office, including counseling notes about children.</translation>
        </message>
        <message>
            <source>Sealing record</source>
            <translation>Sealing record</translation>
        </message>
        <message>
            <source>Sealed by (signature)</source>
            <translation>Sealed by (signature)</translation>
        </message>
        <message>
            <source>Witness (signature)</source>
            <translation>Witness (signature)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Group {n}</source>
            <translation>Group {n}</translation>
        </message>
    </context>
    <context>
        <name>ReferralAccompany</name>
        <message>
            <source>parents</source>
            <translation>parents</translation>
        </message>
        <message>
            <source>school staff</source>
            <translation>school staff</translation>
        </message>
        <message>
            <source>ambulance (120)</source>
            <translation>ambulance (120)</translation>
        </message>
    </context>
    <context>
        <name>ReferralAdvice</name>
        <message>
            <source>may study at school as usual</source>
            <translation>may study at school as usual</translation>
        </message>
        <message>
            <source>may study at school, with regular visits</source>
            <translation>may study at school, with regular visits</translation>
        </message>
        <message>
            <source>suspension for treatment advised</source>
            <translation>suspension for treatment advised</translation>
        </message>
        <message>
            <source>hospital stay</source>
            <translation>hospital stay</translation>
        </message>
    </context>
    <context>
        <name>ReferralCloseReason</name>
        <message>
            <source>referral completed</source>
            <translation>referral completed</translation>
        </message>
        <message>
            <source>followed up at school instead</source>
            <translation>followed up at school instead</translation>
        </message>
        <message>
            <source>the parents refused</source>
            <translation>the parents refused</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
    </context>
    <context>
        <name>ReferralDocuments</name>
        <message>
            <source>Student mental health referral form</source>
            <translation>Student mental health referral form</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>{title} ({number})</source>
            <translation>{title} ({number})</translation>
        </message>
        <message>
            <source>R {number}</source>
            <translation>R {number}</translation>
        </message>
        <message>
            <source>Date of referral</source>
            <translation>Date of referral</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>{age}</source>
            <translation>{age}</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>Risk level</source>
            <translation>Risk level</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Guardian</translation>
        </message>
        <message>
            <source>{name} ({relation})</source>
            <translation>{name} ({relation})</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Hospital</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Green channel</source>
            <translation>Green channel</translation>
        </message>
        <message>
            <source>{contact} {phone}</source>
            <translation>{contact} {phone}</translation>
        </message>
        <message>
            <source>Accompanied by</source>
            <translation>Accompanied by</translation>
        </message>
        <message>
            <source>Reason and what was observed</source>
            <translation>Reason and what was observed</translation>
        </message>
        <message>
            <source>Screening summary</source>
            <translation>Screening summary</translation>
        </message>
        <message>
            <source>What the school has done</source>
            <translation>What the school has done</translation>
        </message>
        <message>
            <source>The parents</source>
            <translation>The parents</translation>
        </message>
        <message>
            <source>Reason of the refusal: {reason}</source>
            <translation>Reason of the refusal: {reason}</translation>
        </message>
        <message>
            <source>Parent or guardian</source>
            <translation>Parent or guardian</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>Counselor</translation>
        </message>
        <message>
            <source>Head teacher</source>
            <translation>Head teacher</translation>
        </message>
        <message>
            <source>School leader</source>
            <translation>School leader</translation>
        </message>
        <message>
            <source>Date of the visit</source>
            <translation>Date of the visit</translation>
        </message>
        <message>
            <source>Doctor (optional)</source>
            <translation>Doctor (optional)</translation>
        </message>
        <message>
            <source>The doctor's advice</source>
            <translation>The doctor's advice</translation>
        </message>
        <message>
            <source>Next visit</source>
            <translation>Next visit</translation>
        </message>
        <message>
            <source>Advice to the school</source>
            <translation>Advice to the school</translation>
        </message>
        <message>
            <source>To be filled in by the family or the hospital and handed back to the school's counseling office by {due}. No diagnosis is needed on this receipt.</source>
            <translation>To be filled in by the family or the hospital and handed back to the school's counseling office by {due}. No diagnosis is needed on this receipt.</translation>
        </message>
        <message>
            <source>Parent's signature</source>
            <translation>Parent's signature</translation>
        </message>
        <message>
            <source>Doctor's signature or seal</source>
            <translation>Doctor's signature or seal</translation>
        </message>
        <message>
            <source>Date: ____________</source>
            <translation>Date: ____________</translation>
        </message>
        <message>
            <source>Referral number</source>
            <translation>Referral number</translation>
        </message>
        <message>
            <source>Date handed back</source>
            <translation>Date handed back</translation>
        </message>
        <message>
            <source>Register of referrals out</source>
            <translation>Register of referrals out</translation>
        </message>
        <message>
            <source>Register of referral receipts</source>
            <translation>Register of referral receipts</translation>
        </message>
        <message>
            <source>{since} to {until}</source>
            <translation>{since} to {until}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Referral</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Receipt due</source>
            <translation>Receipt due</translation>
        </message>
        <message>
            <source>Receipt back</source>
            <translation>Receipt back</translation>
        </message>
        <message>
            <source>No referral in this period.</source>
            <translation>No referral in this period.</translation>
        </message>
        <message>
            <source>No receipt came back in this period.</source>
            <translation>No receipt came back in this period.</translation>
        </message>
        <message>
            <source>{count} referrals; {back} receipts back, {overdue} overdue.</source>
            <translation>{count} referrals; {back} receipts back, {overdue} overdue.</translation>
        </message>
    </context>
    <context>
        <name>ReferralEditDialog</name>
        <message>
            <source>Referral form R {number}</source>
            <translation>Referral form R {number}</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>Student:</translation>
        </message>
        <message>
            <source>Urgency:</source>
            <translation>Urgency:</translation>
        </message>
        <message>
            <source>green channel (always for an emergency)</source>
            <translation>green channel (always for an emergency)</translation>
        </message>
        <message>
            <source>Hospital:</source>
            <translation>Hospital:</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>Department:</translation>
        </message>
        <message>
            <source>Accompanied by:</source>
            <translation>Accompanied by:</translation>
        </message>
        <message>
            <source>not decided yet</source>
            <translation>not decided yet</translation>
        </message>
        <message>
            <source>Guardian:</source>
            <translation>Guardian:</translation>
        </message>
        <message>
            <source>Relation:</source>
            <translation>Relation:</translation>
        </message>
        <message>
            <source>Guardian's phone:</source>
            <translation>Guardian's phone:</translation>
        </message>
        <message>
            <source>Reason and what was observed:</source>
            <translation>Reason and what was observed:</translation>
        </message>
        <message>
            <source>What the school has done:</source>
            <translation>What the school has done:</translation>
        </message>
        <message>
            <source>Screening summary:</source>
            <translation>Screening summary:</translation>
        </message>
        <message>
            <source>The form can be changed until the referral is issued. The screening summary names the scale, the date, the total and the level: never the answers to single items.</source>
            <translation>The form can be changed until the referral is issued. The screening summary names the scale, the date, the total and the level: never the answers to single items.</translation>
        </message>
        <message>
            <source>not chosen yet</source>
            <translation>not chosen yet</translation>
        </message>
        <message>
            <source>Write the reason of the referral and what was observed.</source>
            <translation>Write the reason of the referral and what was observed.</translation>
        </message>
    </context>
    <context>
        <name>ReferralField</name>
        <message>
            <source>The issue date</source>
            <translation>The issue date</translation>
        </message>
        <message>
            <source>The visit</source>
            <translation>The visit</translation>
        </message>
        <message>
            <source>The receipt's return</source>
            <translation>The receipt's return</translation>
        </message>
        <message>
            <source>The next visit</source>
            <translation>The next visit</translation>
        </message>
        <message>
            <source>The meeting</source>
            <translation>The meeting</translation>
        </message>
        <message>
            <source>The reason</source>
            <translation>The reason</translation>
        </message>
        <message>
            <source>What the school has done</source>
            <translation>What the school has done</translation>
        </message>
        <message>
            <source>The screening summary</source>
            <translation>The screening summary</translation>
        </message>
        <message>
            <source>The department</source>
            <translation>The department</translation>
        </message>
        <message>
            <source>The guardian</source>
            <translation>The guardian</translation>
        </message>
        <message>
            <source>The participants</source>
            <translation>The participants</translation>
        </message>
        <message>
            <source>The notes</source>
            <translation>The notes</translation>
        </message>
        <message>
            <source>The doctor</source>
            <translation>The doctor</translation>
        </message>
        <message>
            <source>The advice to the school</source>
            <translation>The advice to the school</translation>
        </message>
        <message>
            <source>The diagnosis</source>
            <translation>The diagnosis</translation>
        </message>
        <message>
            <source>The meeting decision</source>
            <translation>The meeting decision</translation>
        </message>
        <message>
            <source>The reason for reopening</source>
            <translation>The reason for reopening</translation>
        </message>
    </context>
    <context>
        <name>ReferralMeetingDialog</name>
        <message>
            <source>Meeting with the parents about R {number}</source>
            <translation>Meeting with the parents about R {number}</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>Student:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>Participants:</translation>
        </message>
        <message>
            <source>parents, counselor, head teacher, school leader</source>
            <translation>parents, counselor, head teacher, school leader</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Outcome:</translation>
        </message>
        <message>
            <source>The parents:</source>
            <translation>The parents:</translation>
        </message>
        <message>
            <source>Reason of a refusal:</source>
            <translation>Reason of a refusal:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes:</translation>
        </message>
        <message>
            <source>Following up at school, or the parents' signed refusal, closes the referral.</source>
            <translation>Following up at school, or the parents' signed refusal, closes the referral.</translation>
        </message>
    </context>
    <context>
        <name>ReferralOrigin</name>
        <message>
            <source>watch-list entry</source>
            <translation>watch-list entry</translation>
        </message>
        <message>
            <source>review meeting decision</source>
            <translation>review meeting decision</translation>
        </message>
        <message>
            <source>written directly</source>
            <translation>written directly</translation>
        </message>
    </context>
    <context>
        <name>ReferralOutcome</name>
        <message>
            <source>refer to a hospital</source>
            <translation>refer to a hospital</translation>
        </message>
        <message>
            <source>follow up at school</source>
            <translation>follow up at school</translation>
        </message>
    </context>
    <context>
        <name>ReferralParents</name>
        <message>
            <source>informed</source>
            <translation>informed</translation>
        </message>
        <message>
            <source>agree to the visit</source>
            <translation>agree to the visit</translation>
        </message>
        <message>
            <source>refuse the visit (signed, with the reason)</source>
            <translation>refuse the visit (signed, with the reason)</translation>
        </message>
    </context>
    <context>
        <name>ReferralReceiptDialog</name>
        <message>
            <source>Receipt of R {number}</source>
            <translation>Receipt of R {number}</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>Student:</translation>
        </message>
        <message>
            <source>Date of the visit:</source>
            <translation>Date of the visit:</translation>
        </message>
        <message>
            <source>Handed back on:</source>
            <translation>Handed back on:</translation>
        </message>
        <message>
            <source>Hospital:</source>
            <translation>Hospital:</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>Department:</translation>
        </message>
        <message>
            <source>Doctor (optional):</source>
            <translation>Doctor (optional):</translation>
        </message>
        <message>
            <source>The doctor's advice:</source>
            <translation>The doctor's advice:</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>choose…</translation>
        </message>
        <message>
            <source>a next visit is planned</source>
            <translation>a next visit is planned</translation>
        </message>
        <message>
            <source>Next visit:</source>
            <translation>Next visit:</translation>
        </message>
        <message>
            <source>Advice to the school:</source>
            <translation>Advice to the school:</translation>
        </message>
        <message>
            <source>Diagnosis (only if the family gives one):</source>
            <translation>Diagnosis (only if the family gives one):</translation>
        </message>
        <message>
            <source>Enter the family's application for a suspension now (three months from the visit; approve it on the leave page)</source>
            <translation>Enter the family's application for a suspension now (three months from the visit; approve it on the leave page)</translation>
        </message>
        <message>
            <source>The receipt writes a medical follow-up into the student's watch-list entry; the diagnosis is kept sealed with the clinical records and never printed.</source>
            <translation>The receipt writes a medical follow-up into the student's watch-list entry; the diagnosis is kept sealed with the clinical records and never printed.</translation>
        </message>
        <message>
            <source>Choose the doctor's advice.</source>
            <translation>Choose the doctor's advice.</translation>
        </message>
    </context>
    <context>
        <name>ReferralState</name>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>issued</source>
            <translation>issued</translation>
        </message>
        <message>
            <source>visited the hospital</source>
            <translation>visited the hospital</translation>
        </message>
        <message>
            <source>receipt returned</source>
            <translation>receipt returned</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
    </context>
    <context>
        <name>ReferralUrgency</name>
        <message>
            <source>routine</source>
            <translation>routine</translation>
        </message>
        <message>
            <source>urgent</source>
            <translation>urgent</translation>
        </message>
        <message>
            <source>emergency (green channel)</source>
            <translation>emergency (green channel)</translation>
        </message>
    </context>
    <context>
        <name>ReferralsPage</name>
        <message>
            <source>New referral…</source>
            <translation>New referral…</translation>
        </message>
        <message>
            <source>Write a referral for a student: the reason, the hospital, the urgency.</source>
            <translation>Write a referral for a student: the reason, the hospital, the urgency.</translation>
        </message>
        <message>
            <source>Edit the form…</source>
            <translation>Edit the form…</translation>
        </message>
        <message>
            <source>Complete or correct the form until the referral is issued.</source>
            <translation>Complete or correct the form until the referral is issued.</translation>
        </message>
        <message>
            <source>Meeting with the parents…</source>
            <translation>Meeting with the parents…</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Issue the referral: the receipt is due a week later.</source>
            <translation>Issue the referral: the receipt is due a week later.</translation>
        </message>
        <message>
            <source>Visited today</source>
            <translation>Visited today</translation>
        </message>
        <message>
            <source>The family says the student saw the doctor today; the receipt is still to come.</source>
            <translation>The family says the student saw the doctor today; the receipt is still to come.</translation>
        </message>
        <message>
            <source>Enter the receipt…</source>
            <translation>Enter the receipt…</translation>
        </message>
        <message>
            <source>Close…</source>
            <translation>Close…</translation>
        </message>
        <message>
            <source>Close the referral: completed once the receipt is back, or earlier for another reason.</source>
            <translation>Close the referral: completed once the receipt is back, or earlier for another reason.</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>Reopen…</translation>
        </message>
        <message>
            <source>Reopen a closed referral (closed by mistake, or the family came back with a new hospital document): it goes back to the state it was closed from.</source>
            <translation>Reopen a closed referral (closed by mistake, or the family came back with a new hospital document): it goes back to the state it was closed from.</translation>
        </message>
        <message>
            <source>Print the form</source>
            <translation>Print the form</translation>
        </message>
        <message>
            <source>The referral form with its tear-off receipt, on one A4 page.</source>
            <translation>The referral form with its tear-off receipt, on one A4 page.</translation>
        </message>
        <message>
            <source>Hospitals…</source>
            <translation>Hospitals…</translation>
        </message>
        <message>
            <source>Add a hospital to the directory the referrals choose from, or change one.</source>
            <translation>Add a hospital to the directory the referrals choose from, or change one.</translation>
        </message>
        <message>
            <source>Registers…</source>
            <translation>Registers…</translation>
        </message>
        <message>
            <source>The registers of referrals out and of receipts back, for the last six months.</source>
            <translation>The registers of referrals out and of receipts back, for the last six months.</translation>
        </message>
        <message>
            <source>Student number, name, pinyin initials or the referral's number</source>
            <translation>Student number, name, pinyin initials or the referral's number</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>All states</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Receipt overdue only</source>
            <translation>Receipt overdue only</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Student no.</source>
            <translation>Student no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Hospital</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Receipt due</source>
            <translation>Receipt due</translation>
        </message>
        <message>
            <source>The receipt is overdue: ask the family.</source>
            <translation>The receipt is overdue: ask the family.</translation>
        </message>
        <message>
            <source>Receipt back</source>
            <translation>Receipt back</translation>
        </message>
        <message>
            <source>Doctor's advice</source>
            <translation>Doctor's advice</translation>
        </message>
        <message>
            <source>Select a referral to print its form. Click a column header to sort.</source>
            <translation>Select a referral to print its form. Click a column header to sort.</translation>
        </message>
        <message>
            <source>{shown} shown · {open} open, {overdue} receipts overdue</source>
            <translation>{shown} shown · {open} open, {overdue} receipts overdue</translation>
        </message>
        <message>
            <source>Loading the referrals…</source>
            <translation>Loading the referrals…</translation>
        </message>
        <message>
            <source>Issue the referral</source>
            <translation>Issue the referral</translation>
        </message>
        <message>
            <source>Issue referral {number} for {name}? Then print the form and give it to the family.</source>
            <translation>Issue referral {number} for {name}? Then print the form and give it to the family.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ReferralsSection</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Hospital</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Receipt due</source>
            <translation>Receipt due</translation>
        </message>
        <message>
            <source>The receipt is overdue: ask the family.</source>
            <translation>The receipt is overdue: ask the family.</translation>
        </message>
        <message>
            <source>Receipt back</source>
            <translation>Receipt back</translation>
        </message>
        <message>
            <source>Closed / reopened</source>
            <translation>Closed / reopened</translation>
        </message>
        <message>
            <source>reopened {day}</source>
            <translation>reopened {day}</translation>
        </message>
        <message>
            <source>closed {day}</source>
            <translation>closed {day}</translation>
        </message>
        <message>
            <source>This student has no referral.</source>
            <translation>This student has no referral.</translation>
        </message>
        <message>
            <source>Print the form</source>
            <translation>Print the form</translation>
        </message>
    </context>
    <context>
        <name>RegistersDialog</name>
        <message>
            <source>Print a register</source>
            <translation>Print a register</translation>
        </message>
        <message>
            <source>Register:</source>
            <translation>Register:</translation>
        </message>
        <message>
            <source>Register of referrals out</source>
            <translation>Register of referrals out</translation>
        </message>
        <message>
            <source>Register of receipts back</source>
            <translation>Register of receipts back</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>To:</translation>
        </message>
        <message>
            <source>The register lists the referrals issued, or the receipts handed back, between these two days: this semester unless changed.</source>
            <translation>The register lists the referrals issued, or the receipts handed back, between these two days: this semester unless changed.</translation>
        </message>
        <message>
            <source>The first day comes after the last.</source>
            <translation>The first day comes after the last.</translation>
        </message>
    </context>
    <context>
        <name>RejectDialog</name>
        <message>
            <source>Send the request back</source>
            <translation>Send the request back</translation>
        </message>
        <message>
            <source>The entry stays open; the reason goes into its history.</source>
            <translation>The entry stays open; the reason goes into its history.</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Reopen the entry</source>
            <translation>Reopen the entry</translation>
        </message>
        <message>
            <source>Level:</source>
            <translation>Level:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>The entry is followed up again; the first review is due after the level's interval.</source>
            <translation>The entry is followed up again; the first review is due after the level's interval.</translation>
        </message>
    </context>
    <context>
        <name>ReopenReferralDialog</name>
        <message>
            <source>Reopen referral R {number}</source>
            <translation>Reopen referral R {number}</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>Student:</translation>
        </message>
        <message>
            <source>Closed:</source>
            <translation>Closed:</translation>
        </message>
        <message>
            <source>Goes back to:</source>
            <translation>Goes back to:</translation>
        </message>
        <message>
            <source>Why it is reopened:</source>
            <translation>Why it is reopened:</translation>
        </message>
        <message>
            <source>For a referral closed by mistake, or when the family comes back with a new hospital document. The reopening and its reason are kept with the referral; the student's timeline shows it.</source>
            <translation>For a referral closed by mistake, or when the family comes back with a new hospital document. The reopening and its reason are kept with the referral; the student's timeline shows it.</translation>
        </message>
        <message>
            <source>{day}, {reason}</source>
            <translation>{day}, {reason}</translation>
        </message>
        <message>
            <source>Write why the referral is reopened.</source>
            <translation>Write why the referral is reopened.</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>Put on the waiting list</source>
            <translation>Put on the waiting list</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>Student:</translation>
        </message>
        <message>
            <source>Counselor:</source>
            <translation>Counselor:</translation>
        </message>
        <message>
            <source>anyone</source>
            <translation>anyone</translation>
        </message>
        <message>
            <source>Preferred times:</source>
            <translation>Preferred times:</translation>
        </message>
        <message>
            <source>e.g. 2 12:00-13:00;4 16:30-18:00 (0 = Monday)</source>
            <translation>e.g. 2 12:00-13:00;4 16:30-18:00 (0 = Monday)</translation>
        </message>
        <message>
            <source>Note (confidential):</source>
            <translation>Note (confidential):</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Choose the student first: type a number, a name or pinyin initials.</source>
            <translation>Choose the student first: type a number, a name or pinyin initials.</translation>
        </message>
        <message>
            <source>the responsible counselor</source>
            <translation>the responsible counselor</translation>
        </message>
        <message>
            <source>Urgent: never left waiting</source>
            <translation>Urgent: never left waiting</translation>
        </message>
        <message>
            <source>This student is on the watch list at a high level: book a session now, or tell {counselor} at once. The request heads every counselor's start page until it is booked.</source>
            <translation>This student is on the watch list at a high level: book a session now, or tell {counselor} at once. The request heads every counselor's start page until it is booked.</translation>
        </message>
    </context>
    <context>
        <name>RequestViewDialog</name>
        <message>
            <source>Waiting-list request</source>
            <translation>Waiting-list request</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>Student:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>State:</translation>
        </message>
        <message>
            <source>Counselor:</source>
            <translation>Counselor:</translation>
        </message>
        <message>
            <source>Preferred times:</source>
            <translation>Preferred times:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>How the student came:</source>
            <translation>How the student came:</translation>
        </message>
        <message>
            <source>Stands until:</source>
            <translation>Stands until:</translation>
        </message>
        <message>
            <source>Added:</source>
            <translation>Added:</translation>
        </message>
        <message>
            <source>Note (confidential):</source>
            <translation>Note (confidential):</translation>
        </message>
        <message>
            <source>No note</source>
            <translation>No note</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>URGENT (watch list): never left waiting</source>
            <translation>URGENT (watch list): never left waiting</translation>
        </message>
        <message>
            <source>anyone</source>
            <translation>anyone</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>any time</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>no last day</source>
            <translation>no last day</translation>
        </message>
        <message>
            <source>a freed slot offered: {day} {start}–{end}, until {expires}</source>
            <translation>a freed slot offered: {day} {start}–{end}, until {expires}</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>waiting</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>booked</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>withdrawn</translation>
        </message>
    </context>
    <context>
        <name>RescoreDialog</name>
        <message>
            <source>Rescore the campaign</source>
            <translation>Rescore the campaign</translation>
        </message>
        <message>
            <source>Rescore</source>
            <translation>Rescore</translation>
        </message>
        <message>
            <source>Rescoring…</source>
            <translation>Rescoring…</translation>
        </message>
        <message>
            <source>Scoring the sheets again…</source>
            <translation>Scoring the sheets again…</translation>
        </message>
        <message>
            <source>Student no.</source>
            <translation>Student no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <source>Why the campaign is rescored (recorded), e.g. the positive cut-off corrected</source>
            <translation>Why the campaign is rescored (recorded), e.g. the positive cut-off corrected</translation>
        </message>
        <message>
            <source>key item {items}</source>
            <translation>key item {items}</translation>
        </message>
        <message>
            <source>{scale} would score {count} sheets: {changed} change, {same} stay as they are.</source>
            <translation>{scale} would score {count} sheets: {changed} change, {same} stay as they are.</translation>
        </message>
        <message>
            <source>{kept} sheets keep their version (totals only, or an item the new version needs is missing).</source>
            <translation>{kept} sheets keep their version (totals only, or an item the new version needs is missing).</translation>
        </message>
        <message>
            <source>{count} sheets rescored, {changed} changed; {candidates} new candidates on the watch list, {closing} closing requests for the office head.</source>
            <translation>{count} sheets rescored, {changed} changed; {candidates} new candidates on the watch list, {closing} closing requests for the office head.</translation>
        </message>
    </context>
    <context>
        <name>ResponsibleDialog</name>
        <message>
            <source>Responsible people</source>
            <translation>Responsible people</translation>
        </message>
        <message>
            <source>{name} (has left the school)</source>
            <translation>{name} (has left the school)</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Add a person</translation>
        </message>
        <message>
            <source>People:</source>
            <translation>People:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>Usually the class's head teacher and a counselor; severe cases often also a school leader. Someone who has left the school must be replaced.</source>
            <translation>Usually the class's head teacher and a counselor; severe cases often also a school leader. Someone who has left the school must be replaced.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>ResultsWindow</name>
        <message>
            <source>Screening results: {campaign}</source>
            <translation>Screening results: {campaign}</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidates</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>Student number, name or pinyin initials</source>
            <translation>Student number, name or pinyin initials</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>All grades</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>All classes</translation>
        </message>
        <message>
            <source>Print summary…</source>
            <translation>Print summary…</translation>
        </message>
        <message>
            <source>The office's summary: coverage, bands, positive rate, key-item hits and the candidates with what became of them.</source>
            <translation>The office's summary: coverage, bands, positive rate, key-item hits and the candidates with what became of them.</translation>
        </message>
        <message>
            <source>Summary for the leaders…</source>
            <translation>Summary for the leaders…</translation>
        </message>
        <message>
            <source>De-identified: no names, no student numbers, no answers; counts under 5 shown as &lt;5.</source>
            <translation>De-identified: no names, no student numbers, no answers; counts under 5 shown as &lt;5.</translation>
        </message>
        <message>
            <source>Rescore…</source>
            <translation>Rescore…</translation>
        </message>
        <message>
            <source>Score the sheets again with the newest version of the scale (after its definition was corrected): what changes is shown first.</source>
            <translation>Score the sheets again with the newest version of the scale (after its definition was corrected): what changes is shown first.</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Students</translation>
        </message>
        <message>
            <source>All bands</source>
            <translation>All bands</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>All outcomes</translation>
        </message>
        <message>
            <source>Key items only</source>
            <translation>Key items only</translation>
        </message>
        <message>
            <source>Student no.</source>
            <translation>Student no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Taken on</source>
            <translation>Taken on</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Key items</source>
            <translation>Key items</translation>
        </message>
        <message>
            <source>Watch list</source>
            <translation>Watch list</translation>
        </message>
        <message>
            <source>Loading the results…</source>
            <translation>Loading the results…</translation>
        </message>
        <message>
            <source>View answers…</source>
            <translation>View answers…</translation>
        </message>
        <message>
            <source>Open watch entry</source>
            <translation>Open watch entry</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Correct…</translation>
        </message>
        <message>
            <source>Remove a duplicate sheet, or give a sheet matched to the wrong student to the right one (with the reason).</source>
            <translation>Remove a duplicate sheet, or give a sheet matched to the wrong student to the right one (with the reason).</translation>
        </message>
        <message>
            <source>Every positive screen and every key-item hit goes to the watch list as 'to review'. Key-item hits come first: review them the next school day.</source>
            <translation>Every positive screen and every key-item hit goes to the watch list as 'to review'. Key-item hits come first: review them the next school day.</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>urgent</source>
            <translation>urgent</translation>
        </message>
        <message>
            <source>Coverage = tested / due, by the grade and class each student was in when the campaign began; absent and exempt students are not due.</source>
            <translation>Coverage = tested / due, by the grade and class each student was in when the campaign began; absent and exempt students are not due.</translation>
        </message>
        <message>
            <source>Grade or class</source>
            <translation>Grade or class</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Tested</source>
            <translation>Tested</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Exempt</source>
            <translation>Exempt</translation>
        </message>
        <message>
            <source>Coverage rate</source>
            <translation>Coverage rate</translation>
        </message>
        <message>
            <source>In all: {tested} of {due} tested ({percent}); {absent} absent, {exempt} exempt</source>
            <translation>In all: {tested} of {due} tested ({percent}); {absent} absent, {exempt} exempt</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>All departments</translation>
        </message>
        <message>
            <source>not on the watch list yet</source>
            <translation>not on the watch list yet</translation>
        </message>
        <message>
            <source> (already on the list)</source>
            <translation> (already on the list)</translation>
        </message>
        <message>
            <source>{count} candidates, {urgent} urgent</source>
            <translation>{count} candidates, {urgent} urgent</translation>
        </message>
        <message>
            <source>Candidates ({count})</source>
            <translation>Candidates ({count})</translation>
        </message>
        <message>
            <source>{shown} of {total} results shown · {positives} positive, {keys} hit a key item</source>
            <translation>{shown} of {total} results shown · {positives} positive, {keys} hit a key item</translation>
        </message>
        <message>
            <source>Screening summary for the leaders</source>
            <translation>Screening summary for the leaders</translation>
        </message>
        <message>
            <source>Screening summary</source>
            <translation>Screening summary</translation>
        </message>
        <message>
            <source>screening-summary-leaders-{campaign}</source>
            <translation>screening-summary-leaders-{campaign}</translation>
        </message>
        <message>
            <source>screening-summary-{campaign}</source>
            <translation>screening-summary-{campaign}</translation>
        </message>
    </context>
    <context>
        <name>ReturnApplicationDialog</name>
        <message>
            <source>Application to return: L {number}</source>
            <translation>Application to return: L {number}</translation>
        </message>
        <message>
            <source>Applied on:</source>
            <translation>Applied on:</translation>
        </message>
        <message>
            <source>Documents checked:</source>
            <translation>Documents checked:</translation>
        </message>
        <message>
            <source>The application should come at least 15 days before the leave ends ({end}).</source>
            <translation>The application should come at least 15 days before the leave ends ({end}).</translation>
        </message>
        <message>
            <source>Late application</source>
            <translation>Late application</translation>
        </message>
        <message>
            <source>The application came later than 15 days before the leave ends. It is recorded; plan the return assessment meeting soon.</source>
            <translation>The application came later than 15 days before the leave ends. It is recorded; plan the return assessment meeting soon.</translation>
        </message>
    </context>
    <context>
        <name>ReturnConclusion</name>
        <message>
            <source>return agreed</source>
            <translation>return agreed</translation>
        </message>
        <message>
            <source>return postponed</source>
            <translation>return postponed</translation>
        </message>
        <message>
            <source>appeal</source>
            <translation>appeal</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Back at school: L {number}</source>
            <translation>Back at school: L {number}</translation>
        </message>
        <message>
            <source>Back at school on:</source>
            <translation>Back at school on:</translation>
        </message>
        <message>
            <source>Support for (months):</source>
            <translation>Support for (months):</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>How often</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Support plan:</source>
            <translation>Support plan:</translation>
        </message>
        <message>
            <source>The plan's lines become measures of the student's watch-list plan; the head teacher's sheet prints them without any clinical text.</source>
            <translation>The plan's lines become measures of the student's watch-list plan; the head teacher's sheet prints them without any clinical text.</translation>
        </message>
        <message>
            <source>Line {n}: choose the kind of support.</source>
            <translation>Line {n}: choose the kind of support.</translation>
        </message>
    </context>
    <context>
        <name>ReturnDocument</name>
        <message>
            <source>application to return</source>
            <translation>application to return</translation>
        </message>
        <message>
            <source>the hospital's recovery or diagnosis certificate</source>
            <translation>the hospital's recovery or diagnosis certificate</translation>
        </message>
        <message>
            <source>the medical record</source>
            <translation>the medical record</translation>
        </message>
    </context>
    <context>
        <name>ReturnDocuments</name>
        <message>
            <source>Application to return to school and assessment</source>
            <translation>Application to return to school and assessment</translation>
        </message>
        <message>
            <source>Support plan after the return to school</source>
            <translation>Support plan after the return to school</translation>
        </message>
        <message>
            <source>L {number}</source>
            <translation>L {number}</translation>
        </message>
        <message>
            <source>1. The student</source>
            <translation>1. The student</translation>
        </message>
        <message>
            <source>2. The leave</source>
            <translation>2. The leave</translation>
        </message>
        <message>
            <source>3. The application to return</source>
            <translation>3. The application to return</translation>
        </message>
        <message>
            <source>4. The return assessment meeting</source>
            <translation>4. The return assessment meeting</translation>
        </message>
        <message>
            <source>4. The return assessment meetings ({count})</source>
            <translation>4. The return assessment meetings ({count})</translation>
        </message>
        <message>
            <source>Earlier meetings (superseded by the later ones)</source>
            <translation>Earlier meetings (superseded by the later ones)</translation>
        </message>
        <message>
            <source>Meeting {n}, the latest: the decision</source>
            <translation>Meeting {n}, the latest: the decision</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>Guardian and phone</source>
            <translation>Guardian and phone</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Reason category</source>
            <translation>Reason category</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Expected end</source>
            <translation>Expected end</translation>
        </message>
        <message>
            <source>School approval</source>
            <translation>School approval</translation>
        </message>
        <message>
            <source>Bureau approval</source>
            <translation>Bureau approval</translation>
        </message>
        <message>
            <source>{day} {who}</source>
            <translation>{day} {who}</translation>
        </message>
        <message>
            <source>Applied on</source>
            <translation>Applied on</translation>
        </message>
        <message>
            <source>later than 15 days before the leave ends</source>
            <translation>later than 15 days before the leave ends</translation>
        </message>
        <message>
            <source>in time</source>
            <translation>in time</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>Timing</translation>
        </message>
        <message>
            <source>Documents checked</source>
            <translation>Documents checked</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Conclusion</source>
            <translation>Conclusion</translation>
        </message>
        <message>
            <source>Re-assessment on</source>
            <translation>Re-assessment on</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Parent or guardian</source>
            <translation>Parent or guardian</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>Counselor</translation>
        </message>
        <message>
            <source>Head teacher</source>
            <translation>Head teacher</translation>
        </message>
        <message>
            <source>School leader</source>
            <translation>School leader</translation>
        </message>
        <message>
            <source>Back at school on</source>
            <translation>Back at school on</translation>
        </message>
        <message>
            <source>Support until</source>
            <translation>Support until</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Support</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>How often</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Call the counselor at once when the student's mood or behaviour worries you, or when the student misses school without a reason.</source>
            <translation>Call the counselor at once when the student's mood or behaviour worries you, or when the student misses school without a reason.</translation>
        </message>
        <message>
            <source>For the head teacher's work only: keep it locked away and do not tell other students or anyone not involved.</source>
            <translation>For the head teacher's work only: keep it locked away and do not tell other students or anyone not involved.</translation>
        </message>
        <message>
            <source>Received by the head teacher</source>
            <translation>Received by the head teacher</translation>
        </message>
        <message>
            <source>Handed over by the counselor</source>
            <translation>Handed over by the counselor</translation>
        </message>
    </context>
    <context>
        <name>ReturnMeetingDialog</name>
        <message>
            <source>Return assessment meeting: L {number}</source>
            <translation>Return assessment meeting: L {number}</translation>
        </message>
        <message>
            <source>Meetings held so far (a new meeting is added after them):</source>
            <translation>Meetings held so far (a new meeting is added after them):</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>Participants:</translation>
        </message>
        <message>
            <source>counselor, head teacher, school leader, parents, doctor</source>
            <translation>counselor, head teacher, school leader, parents, doctor</translation>
        </message>
        <message>
            <source>Conclusion:</source>
            <translation>Conclusion:</translation>
        </message>
        <message>
            <source>Re-assessment on:</source>
            <translation>Re-assessment on:</translation>
        </message>
        <message>
            <source>Assessment:</source>
            <translation>Assessment:</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Office head</source>
            <translation>Office head</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>Counselor</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Assistant</translation>
        </message>
    </context>
    <context>
        <name>Rollover</name>
        <message>
            <source>{grade} {klass} cannot move to {new_grade} as {new_klass}: that grade already has a class of this name. Rename or archive one of them first.</source>
            <translation>{grade} {klass} cannot move to {new_grade} as {new_klass}: that grade already has a class of this name. Rename or archive one of them first.</translation>
        </message>
        <message>
            <source>A new grade {name} is needed for the classes of {grade}, but a grade of that name already exists at another level. Correct the grade names first.</source>
            <translation>A new grade {name} is needed for the classes of {grade}, but a grade of that name already exists at another level. Correct the grade names first.</translation>
        </message>
        <message>
            <source>The graduates would be kept in the grade {name}, but that grade still has classes that do not graduate. Rename that grade first.</source>
            <translation>The graduates would be kept in the grade {name}, but that grade still has classes that do not graduate. Rename that grade first.</translation>
        </message>
        <message>
            <source>The register has no classes: there is nothing to roll over.</source>
            <translation>The register has no classes: there is nothing to roll over.</translation>
        </message>
        <message>
            <source>{grade} {klass} graduates, but {count} student(s) on leave or suspended are in it. They keep their status and stay in the archived class: decide for each of them (for example move them to a class of the next year).</source>
            <translation>{grade} {klass} graduates, but {count} student(s) on leave or suspended are in it. They keep their status and stay in the archived class: decide for each of them (for example move them to a class of the next year).</translation>
        </message>
        <message>
            <source>{grade} has no school grade level, so its classes stay where they are (mark them to graduate if they do).</source>
            <translation>{grade} has no school grade level, so its classes stay where they are (mark them to graduate if they do).</translation>
        </message>
        <message>
            <source>{grade} has no classes after the rollover: import the roster of the new students afterwards.</source>
            <translation>{grade} has no classes after the rollover: import the roster of the new students afterwards.</translation>
        </message>
        <message>
            <source>{count} class(es) show no entry year in their name (like 2022级 or 软件工程2201班): tick the ones that graduate.</source>
            <translation>{count} class(es) show no entry year in their name (like 2022级 or 软件工程2201班): tick the ones that graduate.</translation>
        </message>
        <message>
            <source>The classes of {grade} move on to {new_grade}. If your junior graduates leave after the entrance examination (中考) and new senior classes are formed, tick them to graduate instead.</source>
            <translation>The classes of {grade} move on to {new_grade}. If your junior graduates leave after the entrance examination (中考) and new senior classes are formed, tick them to graduate instead.</translation>
        </message>
        <message>
            <source>Grade leaders stay with their grade ({grades}); head teachers move up with their class. If a grade leader moves up with the students, change it on the Staff page afterwards.</source>
            <translation>Grade leaders stay with their grade ({grades}); head teachers move up with their class. If a grade leader moves up with the students, change it on the Staff page afterwards.</translation>
        </message>
        <message>
            <source>The school year {year} is already in the calendar; it is kept as it is.</source>
            <translation>The school year {year} is already in the calendar; it is kept as it is.</translation>
        </message>
        <message>
            <source>Today is {today}, but the current school year {year} only ends on {end}. The rollover is done in the summer holiday, after the school year: done now, the top grade graduates and every class moves up in the middle of the year. Go on only if your school really moves up now.</source>
            <translation>Today is {today}, but the current school year {year} only ends on {end}. The rollover is done in the summer holiday, after the school year: done now, the top grade graduates and every class moves up in the middle of the year. Go on only if your school really moves up now.</translation>
        </message>
        <message>
            <source>Today is {today}, in the middle of the school year {year} (the calendar has no dates for it; it ends in the summer). The rollover is done in the summer holiday, after the school year: done now, the top grade graduates and every class moves up in the middle of the year. Go on only if your school really moves up now.</source>
            <translation>Today is {today}, in the middle of the school year {year} (the calendar has no dates for it; it ends in the summer). The rollover is done in the summer holiday, after the school year: done now, the top grade graduates and every class moves up in the middle of the year. Go on only if your school really moves up now.</translation>
        </message>
        <message>
            <source>{grade} has no school grade level, so its classes stay where they are (if they graduate, name them with --graduate: {ids}).</source>
            <translation>{grade} has no school grade level, so its classes stay where they are (if they graduate, name them with --graduate: {ids}).</translation>
        </message>
        <message>
            <source>{count} class(es) show no entry year in their name (like 2022级 or 软件工程2201班): {ids}. List every class that graduates with --graduate &lt;class IDs&gt; (it replaces the default choice).</source>
            <translation>{count} class(es) show no entry year in their name (like 2022级 or 软件工程2201班): {ids}. List every class that graduates with --graduate &lt;class IDs&gt; (it replaces the default choice).</translation>
        </message>
        <message>
            <source>The classes of {grade} move on to {new_grade}. If your junior graduates leave after the entrance examination (中考) and new senior classes are formed, let them graduate instead: --graduate {ids}.</source>
            <translation>The classes of {grade} move on to {new_grade}. If your junior graduates leave after the entrance examination (中考) and new senior classes are formed, let them graduate instead: --graduate {ids}.</translation>
        </message>
        <message>
            <source>Write the school year like 2027-2028.</source>
            <translation>Write the school year like 2027-2028.</translation>
        </message>
        <message>
            <source>The register was already rolled over into the school year {year} on {day}. To do it again, restore the backup taken before it.</source>
            <translation>The register was already rolled over into the school year {year} on {day}. To do it again, restore the backup taken before it.</translation>
        </message>
        <message>
            <source>The register was rolled over into {year} on {day}; the next rollover is due at the end of that school year.</source>
            <translation>The register was rolled over into {year} on {day}; the next rollover is due at the end of that school year.</translation>
        </message>
        <message>
            <source>The school year {year} is more than a year ahead of today; roll over one year at a time.</source>
            <translation>The school year {year} is more than a year ahead of today; roll over one year at a time.</translation>
        </message>
        <message>
            <source>The length of study must be 1 to 9 years.</source>
            <translation>The length of study must be 1 to 9 years.</translation>
        </message>
        <message>
            <source>There is no current class with the ID {id} (the first column of --dry-run).</source>
            <translation>There is no current class with the ID {id} (the first column of --dry-run).</translation>
        </message>
        <message>
            <source>The rollover has {count} blocking problem(s), so nothing was changed. See the preview.</source>
            <translation>The rollover has {count} blocking problem(s), so nothing was changed. See the preview.</translation>
        </message>
        <message>
            <source>The register changed since the preview, so nothing was changed. Look at the new preview.</source>
            <translation>The register changed since the preview, so nothing was changed. Look at the new preview.</translation>
        </message>
    </context>
    <context>
        <name>RolloverDialog</name>
        <message>
            <source>Year rollover</source>
            <translation>Year rollover</translation>
        </message>
        <message>
            <source>Checking the register…</source>
            <translation>Checking the register…</translation>
        </message>
        <message>
            <source>Every class moves up one grade and keeps its students, head teacher and mental-health monitor; the classes of the top grade graduate: their enrolled students become graduated, with the date in their status history, and the class is archived. Students on leave or suspended stay in their class.</source>
            <translation>Every class moves up one grade and keeps its students, head teacher and mental-health monitor; the classes of the top grade graduate: their enrolled students become graduated, with the date in their status history, and the class is archived. Students on leave or suspended stay in their class.</translation>
        </message>
        <message>
            <source>Before anything changes, a backup of the whole office is taken automatically (listed on the Backup page, folder prerollover-…). To undo the rollover, the office head restores that backup on the Backup page.</source>
            <translation>Before anything changes, a backup of the whole office is taken automatically (listed on the Backup page, folder prerollover-…). To undo the rollover, the office head restores that backup on the Backup page.</translation>
        </message>
        <message>
            <source>Usual years of study (for classes named by their entry year):</source>
            <translation>Usual years of study (for classes named by their entry year):</translation>
        </message>
        <message>
            <source>Graduates</source>
            <translation>Graduates</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>After the rollover</source>
            <translation>After the rollover</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Enrolled</translation>
        </message>
        <message>
            <source>On leave or suspended</source>
            <translation>On leave or suspended</translation>
        </message>
        <message>
            <source>Back up and roll over</source>
            <translation>Back up and roll over</translation>
        </message>
        <message>
            <source>Year rollover into the school year {year}</source>
            <translation>Year rollover into the school year {year}</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Departments have no grades, so no class moves. Tick the classes that graduate (ticked: classes whose name shows an entry year at least the usual years of study ago); their enrolled students become graduated and the class is archived in its department. Students on leave or suspended stay in their class.</source>
            <translation>Departments have no grades, so no class moves. Tick the classes that graduate (ticked: classes whose name shows an entry year at least the usual years of study ago); their enrolled students become graduated and the class is archived in its department. Students on leave or suspended stay in their class.</translation>
        </message>
        <message>
            <source>the school year {year} is kept as it is</source>
            <translation>the school year {year} is kept as it is</translation>
        </message>
        <message>
            <source>the school year {year} is created</source>
            <translation>the school year {year} is created</translation>
        </message>
        <message>
            <source>{promoted} class(es) move up, {classes} class(es) graduate with {students} enrolled student(s); {year_text}.</source>
            <translation>{promoted} class(es) move up, {classes} class(es) graduate with {students} enrolled student(s); {year_text}.</translation>
        </message>
        <message>
            <source>Only the office head or a counselor can apply the rollover, because it takes a backup first.</source>
            <translation>Only the office head or a counselor can apply the rollover, because it takes a backup first.</translation>
        </message>
        <message>
            <source>The top grade of the school always graduates.</source>
            <translation>The top grade of the school always graduates.</translation>
        </message>
        <message>
            <source>one year further, stays in {grade}</source>
            <translation>one year further, stays in {grade}</translation>
        </message>
        <message>
            <source>graduates (archived)</source>
            <translation>graduates (archived)</translation>
        </message>
        <message>
            <source>graduates, archived as {klass}</source>
            <translation>graduates, archived as {klass}</translation>
        </message>
        <message>
            <source>stays</source>
            <translation>stays</translation>
        </message>
        <message>
            <source>Warning: {message}</source>
            <translation>Warning: {message}</translation>
        </message>
        <message>
            <source>Problems to solve first (nothing can be applied while there is one):</source>
            <translation>Problems to solve first (nothing can be applied while there is one):</translation>
        </message>
        <message>
            <source>To look at:</source>
            <translation>To look at:</translation>
        </message>
        <message>
            <source>Roll the register over into the school year {year} now? {promoted} class(es) move up and {students} student(s) graduate. A backup is taken first.</source>
            <translation>Roll the register over into the school year {year} now? {promoted} class(es) move up and {students} student(s) graduate. A backup is taken first.</translation>
        </message>
        <message>
            <source>Roll over</source>
            <translation>Roll over</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Backing up, then rolling over…</source>
            <translation>Backing up, then rolling over…</translation>
        </message>
        <message>
            <source>The register is now in the school year {year}</source>
            <translation>The register is now in the school year {year}</translation>
        </message>
        <message>
            <source>Done: {promoted} class(es) moved up, {classes} class(es) graduated with {students} student(s), {grades} grade(s) created. The backup taken before is {folder}; to undo the rollover, the office head restores it on the Backup page.</source>
            <translation>Done: {promoted} class(es) moved up, {classes} class(es) graduated with {students} student(s), {grades} grade(s) created. The backup taken before is {folder}; to undo the rollover, the office head restores it on the Backup page.</translation>
        </message>
    </context>
    <context>
        <name>RoomKind</name>
        <message>
            <source>individual room</source>
            <translation>individual room</translation>
        </message>
        <message>
            <source>group room</source>
            <translation>group room</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Grade / department</source>
            <translation>Grade / department</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Guardian</translation>
        </message>
        <message>
            <source>Guardian's relation</source>
            <translation>Guardian's relation</translation>
        </message>
        <message>
            <source>Guardian's phone</source>
            <translation>Guardian's phone</translation>
        </message>
        <message>
            <source>Second guardian</source>
            <translation>Second guardian</translation>
        </message>
        <message>
            <source>Second guardian's relation</source>
            <translation>Second guardian's relation</translation>
        </message>
        <message>
            <source>Second guardian's phone</source>
            <translation>Second guardian's phone</translation>
        </message>
        <message>
            <source>Dorm</source>
            <translation>Dorm</translation>
        </message>
        <message>
            <source>Boarding</source>
            <translation>Boarding</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Staff number</source>
            <translation>Staff number</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>The student number is missing.</source>
            <translation>The student number is missing.</translation>
        </message>
        <message>
            <source>The name is missing.</source>
            <translation>The name is missing.</translation>
        </message>
        <message>
            <source>{column}: {reason}.</source>
            <translation>{column}: {reason}.</translation>
        </message>
        <message>
            <source>The same student number also appears in row(s) {lines}.</source>
            <translation>The same student number also appears in row(s) {lines}.</translation>
        </message>
        <message>
            <source>{field} is missing.</source>
            <translation>{field} is missing.</translation>
        </message>
        <message>
            <source>No column of the file is used for: {field}.</source>
            <translation>No column of the file is used for: {field}.</translation>
        </message>
        <message>
            <source>{field} is chosen for more than one column.</source>
            <translation>{field} is chosen for more than one column.</translation>
        </message>
        <message>
            <source>A note, signature or total line, not an entry: skipped.</source>
            <translation>A note, signature or total line, not an entry: skipped.</translation>
        </message>
        <message>
            <source>too long (at most {max} characters)</source>
            <translation>too long (at most {max} characters)</translation>
        </message>
        <message>
            <source>Same name, birth date and class as student {student_no} in the register: probably the same student with a corrected student number.</source>
            <translation>Same name, birth date and class as student {student_no} in the register: probably the same student with a corrected student number.</translation>
        </message>
        <message>
            <source>Same name, birth date and class as student {student_no} in the register, whose number is also in this file: import it as a new student or skip it.</source>
            <translation>Same name, birth date and class as student {student_no} in the register, whose number is also in this file: import it as a new student or skip it.</translation>
        </message>
        <message>
            <source>Same name, birth date and class as students {student_no} in the register: import it as a new student or skip it.</source>
            <translation>Same name, birth date and class as students {student_no} in the register: import it as a new student or skip it.</translation>
        </message>
        <message>
            <source>Same name, birth date and class as student {student_no} in the register, like row(s) {lines} of this file: import it as a new student or skip it.</source>
            <translation>Same name, birth date and class as student {student_no} in the register, like row(s) {lines} of this file: import it as a new student or skip it.</translation>
        </message>
        <message>
            <source>not a date (write it like 2013-05-12)</source>
            <translation>not a date (write it like 2013-05-12)</translation>
        </message>
        <message>
            <source>there is no such day in the calendar</source>
            <translation>there is no such day in the calendar</translation>
        </message>
        <message>
            <source>the year must be between 1900 and 2100</source>
            <translation>the year must be between 1900 and 2100</translation>
        </message>
        <message>
            <source>not a plausible birth date for a student (in the future, or more than 80 years ago: a placeholder such as 1900-01-01?)</source>
            <translation>not a plausible birth date for a student (in the future, or more than 80 years ago: a placeholder such as 1900-01-01?)</translation>
        </message>
        <message>
            <source>unknown gender (use 男 or 女)</source>
            <translation>unknown gender (use 男 or 女)</translation>
        </message>
        <message>
            <source>not a phone number (an 11-digit mobile number, or a landline with its area code)</source>
            <translation>not a phone number (an 11-digit mobile number, or a landline with its area code)</translation>
        </message>
        <message>
            <source>unknown value (use 是 or 否)</source>
            <translation>unknown value (use 是 or 否)</translation>
        </message>
        <message>
            <source>unknown status (use 在读, 休学, 停学, 毕业 or 转出)</source>
            <translation>unknown status (use 在读, 休学, 停学, 毕业 or 转出)</translation>
        </message>
        <message>
            <source>unknown role (use 专职心理教师, 兼职心理教师, 班主任, 年级组长, 院系负责人, 辅导员 or 校领导)</source>
            <translation>unknown role (use 专职心理教师, 兼职心理教师, 班主任, 年级组长, 院系负责人, 辅导员 or 校领导)</translation>
        </message>
        <message>
            <source>Excel has shortened this number and digits are lost; format the column as text and type it again</source>
            <translation>Excel has shortened this number and digits are lost; format the column as text and type it again</translation>
        </message>
        <message>
            <source>not a valid student number</source>
            <translation>not a valid student number</translation>
        </message>
        <message>
            <source>the class has only a number; add a grade column or write the class like 七年级(3)班</source>
            <translation>the class has only a number; add a grade column or write the class like 七年级(3)班</translation>
        </message>
        <message>
            <source>the class belongs to another grade than the grade column says</source>
            <translation>the class belongs to another grade than the grade column says</translation>
        </message>
        <message>
            <source>This file cannot be read as a roster.</source>
            <translation>This file cannot be read as a roster.</translation>
        </message>
        <message>
            <source>This is not a roster file. Use an Excel workbook (.xlsx or .xls) or a CSV file (.csv) with one row per person.</source>
            <translation>This is not a roster file. Use an Excel workbook (.xlsx or .xls) or a CSV file (.csv) with one row per person.</translation>
        </message>
        <message>
            <source>This file format cannot be read. Open it in Excel or WPS, choose Save As, pick "Excel Workbook (*.xlsx)" and import the new file.</source>
            <translation>This file format cannot be read. Open it in Excel or WPS, choose Save As, pick "Excel Workbook (*.xlsx)" and import the new file.</translation>
        </message>
        <message>
            <source>The workbook is damaged or incomplete and cannot be opened. Open it in Excel or WPS, save it again as .xlsx and import that copy.</source>
            <translation>The workbook is damaged or incomplete and cannot be opened. Open it in Excel or WPS, save it again as .xlsx and import that copy.</translation>
        </message>
        <message>
            <source>The workbook is protected by a password. Open it in Excel, remove the password to open it (File &gt; Info &gt; Protect Workbook), save it and import it again.</source>
            <translation>The workbook is protected by a password. Open it in Excel, remove the password to open it (File &gt; Info &gt; Protect Workbook), save it and import it again.</translation>
        </message>
        <message>
            <source>The file is empty: there are no rows to import.</source>
            <translation>The file is empty: there are no rows to import.</translation>
        </message>
        <message>
            <source>The sheet {sheet} is empty: there are no rows to import.</source>
            <translation>The sheet {sheet} is empty: there are no rows to import.</translation>
        </message>
        <message>
            <source>The workbook has no sheet named {sheet}. Its sheets: {sheets}.</source>
            <translation>The workbook has no sheet named {sheet}. Its sheets: {sheets}.</translation>
        </message>
        <message>
            <source>The sheet {sheet} is too large to be a roster ({rows} rows, {columns} columns): something was typed far below or to the right of the list. In Excel press Ctrl+End to find it, delete the rows and columns outside the list, save and import again.</source>
            <translation>The sheet {sheet} is too large to be a roster ({rows} rows, {columns} columns): something was typed far below or to the right of the list. In Excel press Ctrl+End to find it, delete the rows and columns outside the list, save and import again.</translation>
        </message>
        <message>
            <source>The text encoding of this file is not recognised. In Excel choose Save As, pick "CSV UTF-8" and import the new file.</source>
            <translation>The text encoding of this file is not recognised. In Excel choose Save As, pick "CSV UTF-8" and import the new file.</translation>
        </message>
        <message>
            <source>The file does not exist or has been moved.</source>
            <translation>The file does not exist or has been moved.</translation>
        </message>
        <message>
            <source>The file cannot be opened: access is denied. If it is open in Excel or WPS, close it there and try again.</source>
            <translation>The file cannot be opened: access is denied. If it is open in Excel or WPS, close it there and try again.</translation>
        </message>
        <message>
            <source>The file cannot be read ({reason}).</source>
            <translation>The file cannot be read ({reason}).</translation>
        </message>
        <message>
            <source>This is a folder, a device or a pipe, not a file. Choose the roster file itself.</source>
            <translation>This is a folder, a device or a pipe, not a file. Choose the roster file itself.</translation>
        </message>
        <message>
            <source>The file is larger than {limit} MB: too large to be a roster, so it is not read. Check that it is the right file (a roster of 30,000 students takes a few MB).</source>
            <translation>The file is larger than {limit} MB: too large to be a roster, so it is not read. Check that it is the right file (a roster of 30,000 students takes a few MB).</translation>
        </message>
        <message>
            <source>Once opened, this workbook would take far more room than any roster (more than {limit} MB): it may be damaged or made to overload the computer, so it is not read. Open it in Excel or WPS, copy the list into a new workbook, save it as .xlsx and import that copy.</source>
            <translation>Once opened, this workbook would take far more room than any roster (more than {limit} MB): it may be damaged or made to overload the computer, so it is not read. Open it in Excel or WPS, copy the list into a new workbook, save it as .xlsx and import that copy.</translation>
        </message>
        <message>
            <source>The file has more than {max} rows, more than a roster can have, so it is not read. Check that it is the right file, or split it into smaller files.</source>
            <translation>The file has more than {max} rows, more than a roster can have, so it is not read. Check that it is the right file, or split it into smaller files.</translation>
        </message>
        <message>
            <source>Row {row} has more than {max} columns, more than a roster can have, so the file is not read. Delete the columns that do not belong to the list, save and import again.</source>
            <translation>Row {row} has more than {max} columns, more than a roster can have, so the file is not read. Delete the columns that do not belong to the list, save and import again.</translation>
        </message>
        <message>
            <source>Row {row} holds a cell of more than {max} characters, more than an Excel cell can hold: this is not a roster, so the file is not read. Check that it is the right file.</source>
            <translation>Row {row} holds a cell of more than {max} characters, more than an Excel cell can hold: this is not a roster, so the file is not read. Check that it is the right file.</translation>
        </message>
        <message>
            <source>The file has more than {max} cells (rows times columns), more than a roster can have, so it is not read. Check that it is the right file, or split it into smaller files.</source>
            <translation>The file has more than {max} cells (rows times columns), more than a roster can have, so it is not read. Check that it is the right file, or split it into smaller files.</translation>
        </message>
        <message>
            <source>The file has more than {max} different values, more than an export of answer sheets can have, so it is not read. Check that it is the right file, or split it into smaller files.</source>
            <translation>The file has more than {max} different values, more than an export of answer sheets can have, so it is not read. Check that it is the right file, or split it into smaller files.</translation>
        </message>
        <message>
            <source>No header row was found: the first rows must name the columns (学号, 姓名, 班级 …).</source>
            <translation>No header row was found: the first rows must name the columns (学号, 姓名, 班级 …).</translation>
        </message>
        <message>
            <source>This file looks like a student roster (it has a student number column): import it as students.</source>
            <translation>This file looks like a student roster (it has a student number column): import it as students.</translation>
        </message>
        <message>
            <source>This file looks like a staff roster (staff numbers or roles, no student numbers): import it as staff.</source>
            <translation>This file looks like a staff roster (staff numbers or roles, no student numbers): import it as staff.</translation>
        </message>
        <message>
            <source>this class is archived (graduated or no longer taught): restore it on the Classes page, or give the student's current class</source>
            <translation>this class is archived (graduated or no longer taught): restore it on the Classes page, or give the student's current class</translation>
        </message>
        <message>
            <source>The file has no rows below its header row: there is nobody to import.</source>
            <translation>The file has no rows below its header row: there is nobody to import.</translation>
        </message>
        <message>
            <source>No sheet of the workbook has a header row naming the columns (学号, 姓名, 班级 …). Its sheets: {sheets}.</source>
            <translation>No sheet of the workbook has a header row naming the columns (学号, 姓名, 班级 …). Its sheets: {sheets}.</translation>
        </message>
        <message>
            <source>{count} row(s) are not valid, so nothing was imported. Correct them, or import with “skip invalid rows”.</source>
            <translation>{count} row(s) are not valid, so nothing was imported. Correct them, or import with “skip invalid rows”.</translation>
        </message>
        <message>
            <source>{count} row(s) look like students already in the register under another student number, so nothing was imported. Choose for each: import as a new student, correct the number, or skip the row.</source>
            <translation>{count} row(s) look like students already in the register under another student number, so nothing was imported. Choose for each: import as a new student, correct the number, or skip the row.</translation>
        </message>
        <message>
            <source>The register changed since the check (a student number was changed or taken): check the file again.</source>
            <translation>The register changed since the check (a student number was changed or taken): check the file again.</translation>
        </message>
        <message>
            <source>The class {klass} is not in the register (import the students first).</source>
            <translation>The class {klass} is not in the register (import the students first).</translation>
        </message>
        <message>
            <source>Several grades have a class {klass}: add a grade column or write the grade with the class.</source>
            <translation>Several grades have a class {klass}: add a grade column or write the grade with the class.</translation>
        </message>
        <message>
            <source>The grade or department {grade} is not in the register.</source>
            <translation>The grade or department {grade} is not in the register.</translation>
        </message>
        <message>
            <source>Several staff members in the register have this name: add a staff number (工号) column.</source>
            <translation>Several staff members in the register have this name: add a staff number (工号) column.</translation>
        </message>
        <message>
            <source>Row(s) {lines} give the same person (staff number, or name and phone) other details.</source>
            <translation>Row(s) {lines} give the same person (staff number, or name and phone) other details.</translation>
        </message>
        <message>
            <source>The same class is also given to row(s) {lines}.</source>
            <translation>The same class is also given to row(s) {lines}.</translation>
        </message>
    </context>
    <context>
        <name>RosterExport</name>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Grade / department</source>
            <translation>Grade / department</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Dorm</source>
            <translation>Dorm</translation>
        </message>
        <message>
            <source>Boarding</source>
            <translation>Boarding</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Guardian name</source>
            <translation>Guardian name</translation>
        </message>
        <message>
            <source>Guardian relation</source>
            <translation>Guardian relation</translation>
        </message>
        <message>
            <source>Guardian phone</source>
            <translation>Guardian phone</translation>
        </message>
        <message>
            <source>Second guardian name</source>
            <translation>Second guardian name</translation>
        </message>
        <message>
            <source>Second guardian relation</source>
            <translation>Second guardian relation</translation>
        </message>
        <message>
            <source>Second guardian phone</source>
            <translation>Second guardian phone</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Students</translation>
        </message>
    </context>
    <context>
        <name>RosterImportDialog</name>
        <message>
            <source>Import the student roster</source>
            <translation>Import the student roster</translation>
        </message>
        <message>
            <source>Import the staff roster</source>
            <translation>Import the staff roster</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>skipped</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>Staff number</source>
            <translation>Staff number</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>to choose</source>
            <translation>to choose</translation>
        </message>
        <message>
            <source>new student</source>
            <translation>new student</translation>
        </message>
        <message>
            <source>corrected number</source>
            <translation>corrected number</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Choose a roster file</source>
            <translation>Choose a roster file</translation>
        </message>
        <message>
            <source>Rosters</source>
            <translation>Rosters</translation>
        </message>
        <message>
            <source>{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected, {skipped} skipped, {undecided} still to choose</source>
            <translation>{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected, {skipped} skipped, {undecided} still to choose</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>… {count} in all</source>
            <translation>… {count} in all</translation>
        </message>
        <message>
            <source>Created these classes: {classes}.</source>
            <translation>Created these classes: {classes}.</translation>
        </message>
        <message>
            <source>The import creates these classes: {classes}.</source>
            <translation>The import creates these classes: {classes}.</translation>
        </message>
        <message>
            <source>Created these departments: {grades}; and these classes: {classes}.</source>
            <translation>Created these departments: {grades}; and these classes: {classes}.</translation>
        </message>
        <message>
            <source>The import creates these departments: {grades}; and these classes: {classes}.</source>
            <translation>The import creates these departments: {grades}; and these classes: {classes}.</translation>
        </message>
        <message>
            <source>Created these grades: {grades}; and these classes: {classes}.</source>
            <translation>Created these grades: {grades}; and these classes: {classes}.</translation>
        </message>
        <message>
            <source>The import creates these grades: {grades}; and these classes: {classes}.</source>
            <translation>The import creates these grades: {grades}; and these classes: {classes}.</translation>
        </message>
        <message>
            <source>Some rows look like students already in the register: choose for each what the import does.</source>
            <translation>Some rows look like students already in the register: choose for each what the import does.</translation>
        </message>
        <message>
            <source>Student numbers corrected: {renumbered}; rows skipped: {skipped}.</source>
            <translation>Student numbers corrected: {renumbered}; rows skipped: {skipped}.</translation>
        </message>
    </context>
    <context>
        <name>SameStudentPanel</name>
        <message>
            <source>For all these rows:</source>
            <translation>For all these rows:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Import as new students</source>
            <translation>Import as new students</translation>
        </message>
        <message>
            <source>Correct the numbers in the register</source>
            <translation>Correct the numbers in the register</translation>
        </message>
        <message>
            <source>Skip these rows</source>
            <translation>Skip these rows</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Student number in the file</source>
            <translation>Student number in the file</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>In the register</source>
            <translation>In the register</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Import as</translation>
        </message>
        <message>
            <source>{count} row(s) have a new student number but the name, birth date and class of a student in the register (most likely a corrected number). Choose what the import does with each:</source>
            <translation>{count} row(s) have a new student number but the name, birth date and class of a student in the register (most likely a corrected number). Choose what the import does with each:</translation>
        </message>
        <message>
            <source>Row(s) {lines} cannot take the corrected number (the table below says why): choose for them.</source>
            <translation>Row(s) {lines} cannot take the corrected number (the table below says why): choose for them.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>A new student</source>
            <translation>A new student</translation>
        </message>
        <message>
            <source>The student {student_no} with the corrected number</source>
            <translation>The student {student_no} with the corrected number</translation>
        </message>
        <message>
            <source>Skip this row</source>
            <translation>Skip this row</translation>
        </message>
    </context>
    <context>
        <name>Scales</name>
        <message>
            <source>no answer</source>
            <translation>no answer</translation>
        </message>
        <message>
            <source>not an answer of this scale (use {options})</source>
            <translation>not an answer of this scale (use {options})</translation>
        </message>
        <message>
            <source>the number and the word do not agree (the scale's answers are {options})</source>
            <translation>the number and the word do not agree (the scale's answers are {options})</translation>
        </message>
        <message>
            <source>the scale has no item {item}</source>
            <translation>the scale has no item {item}</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Total mean</source>
            <translation>Total mean</translation>
        </message>
        <message>
            <source>Standard score</source>
            <translation>Standard score</translation>
        </message>
        <message>
            <source>Positive items</source>
            <translation>Positive items</translation>
        </message>
        <message>
            <source>the factor scores</source>
            <translation>the factor scores</translation>
        </message>
        <message>
            <source>the total</source>
            <translation>the total</translation>
        </message>
        <message>
            <source>the count of positive items</source>
            <translation>the count of positive items</translation>
        </message>
        <message>
            <source>the item answers</source>
            <translation>the item answers</translation>
        </message>
        <message>
            <source>the band</source>
            <translation>the band</translation>
        </message>
        <message>
            <source>{measure} {value} {op} {threshold}</source>
            <translation>{measure} {value} {op} {threshold}</translation>
        </message>
        <message>
            <source>Factor {factor}: {value} {op} {threshold}</source>
            <translation>Factor {factor}: {value} {op} {threshold}</translation>
        </message>
        <message>
            <source>Item {number}: {answer}</source>
            <translation>Item {number}: {answer}</translation>
        </message>
        <message>
            <source>In {band}</source>
            <translation>In {band}</translation>
        </message>
        <message>
            <source>{scale} {value} ≥ {threshold}: the sheet is not valid, neither positive nor negative; a retest is recommended.</source>
            <translation>{scale} {value} ≥ {threshold}: the sheet is not valid, neither positive nor negative; a retest is recommended.</translation>
        </message>
        <message>
            <source>Key item hit: a counselor needs to review it promptly.</source>
            <translation>Key item hit: a counselor needs to review it promptly.</translation>
        </message>
        <message>
            <source>Only totals were imported: whether a key item was hit is unknown; look at the answers on the platform.</source>
            <translation>Only totals were imported: whether a key item was hit is unknown; look at the answers on the platform.</translation>
        </message>
        <message>
            <source>Not enough to decide: {what} not given.</source>
            <translation>Not enough to decide: {what} not given.</translation>
        </message>
        <message>
            <source>{scale} not given: whether the sheet is valid is unknown.</source>
            <translation>{scale} not given: whether the sheet is valid is unknown.</translation>
        </message>
        <message>
            <source>Auxiliary question(s) {numbers} not answered: their rules count as not met.</source>
            <translation>Auxiliary question(s) {numbers} not answered: their rules count as not met.</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Positive</translation>
        </message>
        <message>
            <source>Negative</source>
            <translation>Negative</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Invalid</translation>
        </message>
        <message>
            <source>Undetermined</source>
            <translation>Undetermined</translation>
        </message>
    </context>
    <context>
        <name>School</name>
        <message>
            <source>the class has no grade: add a grade column or write the class like 七年级(3)班</source>
            <translation>the class has no grade: add a grade column or write the class like 七年级(3)班</translation>
        </message>
        <message>
            <source>the class has no department: add a 院系 column</source>
            <translation>the class has no department: add a 院系 column</translation>
        </message>
        <message>
            <source>{grade} is not a grade of this kind of school (the school profile in Settings says which kind)</source>
            <translation>{grade} is not a grade of this kind of school (the school profile in Settings says which kind)</translation>
        </message>
        <message>
            <source>{grade} is not a grade name of this kind of school: write it like 七年级 or 高一 (a university or department roster needs the school type University, set in Settings)</source>
            <translation>{grade} is not a grade name of this kind of school: write it like 七年级 or 高一 (a university or department roster needs the school type University, set in Settings)</translation>
        </message>
    </context>
    <context>
        <name>SchoolPage</name>
        <message>
            <source>School profile</source>
            <translation>School profile</translation>
        </message>
        <message>
            <source>The unit name is printed at the top of forms and minutes.</source>
            <translation>The unit name is printed at the top of forms and minutes.</translation>
        </message>
        <message>
            <source>e.g. the school's mental-health education center</source>
            <translation>e.g. the school's mental-health education center</translation>
        </message>
        <message>
            <source>School name:</source>
            <translation>School name:</translation>
        </message>
        <message>
            <source>School type:</source>
            <translation>School type:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Unit name on forms:</source>
            <translation>Unit name on forms:</translation>
        </message>
    </context>
    <context>
        <name>SchoolType</name>
        <message>
            <source>Primary school</source>
            <translation>Primary school</translation>
        </message>
        <message>
            <source>Middle school</source>
            <translation>Middle school</translation>
        </message>
        <message>
            <source>High school</source>
            <translation>High school</translation>
        </message>
        <message>
            <source>Nine-year school</source>
            <translation>Nine-year school</translation>
        </message>
        <message>
            <source>Complete middle school</source>
            <translation>Complete middle school</translation>
        </message>
        <message>
            <source>Vocational school</source>
            <translation>Vocational school</translation>
        </message>
        <message>
            <source>University</source>
            <translation>University</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
    </context>
    <context>
        <name>Screening</name>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Tested</source>
            <translation>Tested</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Exempt</source>
            <translation>Exempt</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Positive</translation>
        </message>
        <message>
            <source>Negative</source>
            <translation>Negative</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Invalid</translation>
        </message>
        <message>
            <source>Undetermined</source>
            <translation>Undetermined</translation>
        </message>
        <message>
            <source>New candidate on the watch list</source>
            <translation>New candidate on the watch list</translation>
        </message>
        <message>
            <source>Linked to the open watch-list entry</source>
            <translation>Linked to the open watch-list entry</translation>
        </message>
        <message>
            <source>No header row was found: the file needs a column 学号 (or 姓名 and 班级) and the answers to the items (1, 2 … or 第1题 …) or the totals (总分).</source>
            <translation>No header row was found: the file needs a column 学号 (or 姓名 and 班级) and the answers to the items (1, 2 … or 第1题 …) or the totals (总分).</translation>
        </message>
        <message>
            <source>No sheet of the workbook has a header row with 学号 (or 姓名 and 班级) and the items or the totals. Its sheets: {sheets}.</source>
            <translation>No sheet of the workbook has a header row with 学号 (or 姓名 and 班级) and the items or the totals. Its sheets: {sheets}.</translation>
        </message>
        <message>
            <source>{count} more cells of this row are no answers of the scale.</source>
            <translation>{count} more cells of this row are no answers of the scale.</translation>
        </message>
        <message>
            <source>The file has no rows below its header row: there are no results to import.</source>
            <translation>The file has no rows below its header row: there are no results to import.</translation>
        </message>
        <message>
            <source>No column of the file names the student: it needs 学号, or 姓名 (with 班级).</source>
            <translation>No column of the file names the student: it needs 学号, or 姓名 (with 班级).</translation>
        </message>
        <message>
            <source>No column of the file holds answers or totals of {scale}: name the item columns (1, 2 … or 第1题 …) or the total (总分).</source>
            <translation>No column of the file holds answers or totals of {scale}: name the item columns (1, 2 … or 第1题 …) or the total (总分).</translation>
        </message>
        <message>
            <source>No column of the file holds the answers to item(s) {items} of {scale}.</source>
            <translation>No column of the file holds the answers to item(s) {items} of {scale}.</translation>
        </message>
        <message>
            <source>not a date</source>
            <translation>not a date</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Date of the screening</source>
            <translation>Date of the screening</translation>
        </message>
        <message>
            <source>Total score</source>
            <translation>Total score</translation>
        </message>
        <message>
            <source>Positive items (SCL-90)</source>
            <translation>Positive items (SCL-90)</translation>
        </message>
        <message>
            <source>Lie scale (validity)</source>
            <translation>Lie scale (validity)</translation>
        </message>
        <message>
            <source>The student number is not in the register.</source>
            <translation>The student number is not in the register.</translation>
        </message>
        <message>
            <source>The name differs from the register's student with this number: check the number.</source>
            <translation>The name differs from the register's student with this number: check the number.</translation>
        </message>
        <message>
            <source>No student of the register has this name (in this class).</source>
            <translation>No student of the register has this name (in this class).</translation>
        </message>
        <message>
            <source>{count} students of the register have this name (in this class): the file needs the 学号 column to tell them apart.</source>
            <translation>{count} students of the register have this name (in this class): the file needs the 学号 column to tell them apart.</translation>
        </message>
        <message>
            <source>Neither a student number nor a name.</source>
            <translation>Neither a student number nor a name.</translation>
        </message>
        <message>
            <source>The same student also appears in row(s) {lines}.</source>
            <translation>The same student also appears in row(s) {lines}.</translation>
        </message>
        <message>
            <source>The student is not in the grades or classes of this campaign ({groups}).</source>
            <translation>The student is not in the grades or classes of this campaign ({groups}).</translation>
        </message>
        <message>
            <source>The student has left the school (graduated or transferred).</source>
            <translation>The student has left the school (graduated or transferred).</translation>
        </message>
        <message>
            <source>The student has another result in this campaign already (taken {day}): a retest is imported into a campaign of its own.</source>
            <translation>The student has another result in this campaign already (taken {day}): a retest is imported into a campaign of its own.</translation>
        </message>
        <message>
            <source>The date of the screening {day} is in the future.</source>
            <translation>The date of the screening {day} is in the future.</translation>
        </message>
        <message>
            <source>{scale} is meant for {who}, not for {groups}: check that this is the scale you want.</source>
            <translation>{scale} is meant for {who}, not for {groups}: check that this is the scale you want.</translation>
        </message>
        <message>
            <source>{scale} is meant for {who}, not for university students: check that this is the scale you want.</source>
            <translation>{scale} is meant for {who}, not for university students: check that this is the scale you want.</translation>
        </message>
        <message>
            <source>{scale} is meant for age {age} and older: {count} of the students are younger on {day}.</source>
            <translation>{scale} is meant for age {age} and older: {count} of the students are younger on {day}.</translation>
        </message>
        <message>
            <source>en</source>
            <translation>en</translation>
        </message>
    </context>
    <context>
        <name>ScreeningCandidate</name>
        <message>
            <source>Screening {campaign} ({scale}): key item {items} hit. A counselor needs to review it promptly.</source>
            <translation>Screening {campaign} ({scale}): key item {items} hit. A counselor needs to review it promptly.</translation>
        </message>
        <message>
            <source>Screening {campaign} ({scale}): positive screen (total {total}{band}). A counselor needs to review it.</source>
            <translation>Screening {campaign} ({scale}): positive screen (total {total}{band}). A counselor needs to review it.</translation>
        </message>
        <message>
            <source>Screening {campaign} ({scale}): positive screen. A counselor needs to review it.</source>
            <translation>Screening {campaign} ({scale}): positive screen. A counselor needs to review it.</translation>
        </message>
        <message>
            <source>, {band}</source>
            <translation>, {band}</translation>
        </message>
    </context>
    <context>
        <name>ScreeningCorrection</name>
        <message>
            <source>The screening sheet this entry was opened for was corrected ({reason}); it was not this student's result.</source>
            <translation>The screening sheet this entry was opened for was corrected ({reason}); it was not this student's result.</translation>
        </message>
        <message>
            <source>The campaign was rescored with version {version} of {scale} ({reason}); the sheet this entry was opened for is no longer a candidate.</source>
            <translation>The campaign was rescored with version {version} of {scale} ({reason}); the sheet this entry was opened for is no longer a candidate.</translation>
        </message>
    </context>
    <context>
        <name>ScreeningImportDialog</name>
        <message>
            <source>Import screening results</source>
            <translation>Import screening results</translation>
        </message>
        <message>
            <source>An existing campaign, or the name of a new one</source>
            <translation>An existing campaign, or the name of a new one</translation>
        </message>
        <message>
            <source>The day of the screening for files without a date column (a date column such as 提交时间 wins).</source>
            <translation>The day of the screening for files without a date column (a date column such as 提交时间 wins).</translation>
        </message>
        <message>
            <source>Campaign:</source>
            <translation>Campaign:</translation>
        </message>
        <message>
            <source>Scale:</source>
            <translation>Scale:</translation>
        </message>
        <message>
            <source>Taken on:</source>
            <translation>Taken on:</translation>
        </message>
        <message>
            <source>Choose the campaign the results belong to, or type the name of a new one.</source>
            <translation>Choose the campaign the results belong to, or type the name of a new one.</translation>
        </message>
        <message>
            <source>A new campaign: it is created on import, screening the grades of the file's students.</source>
            <translation>A new campaign: it is created on import, screening the grades of the file's students.</translation>
        </message>
        <message>
            <source>The campaign screens with {scale}.</source>
            <translation>The campaign screens with {scale}.</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>File: {name}</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Key items</source>
            <translation>Key items</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Choose a results file</source>
            <translation>Choose a results file</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>{new} new, {unchanged} unchanged, {rejected} rejected · {positives} positive, {key} hit a key item</source>
            <translation>{new} new, {unchanged} unchanged, {rejected} rejected · {positives} positive, {key} hit a key item</translation>
        </message>
        <message>
            <source>Rejected rows {lines} hit a key item: correct them and import them too, or review those students at once.</source>
            <translation>Rejected rows {lines} hit a key item: correct them and import them too, or review those students at once.</translation>
        </message>
        <message>
            <source>Imported: {new} new, {unchanged} unchanged, {rejected} rejected; {positives} positive, {key} hit a key item.</source>
            <translation>Imported: {new} new, {unchanged} unchanged, {rejected} rejected; {positives} positive, {key} hit a key item.</translation>
        </message>
        <message>
            <source>Candidates on the watch list: {count} ({urgent} urgent).</source>
            <translation>Candidates on the watch list: {count} ({urgent} urgent).</translation>
        </message>
        <message>
            <source>{count} could not be put on the watch list.</source>
            <translation>{count} could not be put on the watch list.</translation>
        </message>
    </context>
    <context>
        <name>ScreeningPage</name>
        <message>
            <source>Import results…</source>
            <translation>Import results…</translation>
        </message>
        <message>
            <source>Import the results file a screening platform exported (xlsx, xls or csv).</source>
            <translation>Import the results file a screening platform exported (xlsx, xls or csv).</translation>
        </message>
        <message>
            <source>New campaign…</source>
            <translation>New campaign…</translation>
        </message>
        <message>
            <source>View results</source>
            <translation>View results</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campaign</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>School year</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Students to screen (absent and exempt students not counted).</source>
            <translation>Students to screen (absent and exempt students not counted).</translation>
        </message>
        <message>
            <source>Tested</source>
            <translation>Tested</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Positive</translation>
        </message>
        <message>
            <source>Key items</source>
            <translation>Key items</translation>
        </message>
        <message>
            <source>Sheets that hit a key item (e.g. thoughts of self-harm): reviewed first.</source>
            <translation>Sheets that hit a key item (e.g. thoughts of self-harm): reviewed first.</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>To review</translation>
        </message>
        <message>
            <source>Candidates on the watch list still waiting for a counselor's review.</source>
            <translation>Candidates on the watch list still waiting for a counselor's review.</translation>
        </message>
        <message>
            <source>Double-click a campaign (or press Enter) to see its results.</source>
            <translation>Double-click a campaign (or press Enter) to see its results.</translation>
        </message>
        <message>
            <source>{shown} campaigns shown · {total} in all</source>
            <translation>{shown} campaigns shown · {total} in all</translation>
        </message>
        <message>
            <source>Loading the campaigns…</source>
            <translation>Loading the campaigns…</translation>
        </message>
    </context>
    <context>
        <name>ScreeningSection</name>
        <message>
            <source>Campaign</source>
            <translation>Campaign</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>School year</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>Taken on</source>
            <translation>Taken on</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Key items</source>
            <translation>Key items</translation>
        </message>
        <message>
            <source>View answers…</source>
            <translation>View answers…</translation>
        </message>
        <message>
            <source>Totals per campaign (orange: positive)</source>
            <translation>Totals per campaign (orange: positive)</translation>
        </message>
        <message>
            <source>No screening result of this student is recorded.</source>
            <translation>No screening result of this student is recorded.</translation>
        </message>
    </context>
    <context>
        <name>ScreeningSummary</name>
        <message>
            <source>Screening campaign summary</source>
            <translation>Screening campaign summary</translation>
        </message>
        <message>
            <source>Screening campaign summary (de-identified, for the school leaders)</source>
            <translation>Screening campaign summary (de-identified, for the school leaders)</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campaign</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>School year</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>Made at</translation>
        </message>
        <message>
            <source>In all</source>
            <translation>In all</translation>
        </message>
        <message>
            <source>{tested} of {due} tested ({coverage}); {positives} positive ({positive_rate}); {key_hits} hit a key item</source>
            <translation>{tested} of {due} tested ({coverage}); {positives} positive ({positive_rate}); {key_hits} hit a key item</translation>
        </message>
        <message>
            <source>A screening is not a diagnosis: a positive screen or a key-item hit means that a counselor reviews the student in person, nothing more.</source>
            <translation>A screening is not a diagnosis: a positive screen or a key-item hit means that a counselor reviews the student in person, nothing more.</translation>
        </message>
        <message>
            <source>De-identified: no names, no student numbers, no answers. Every count from 1 to 4 is shown as &lt;5, and a rate built on such a count is shown as —.</source>
            <translation>De-identified: no names, no student numbers, no answers. Every count from 1 to 4 is shown as &lt;5, and a rate built on such a count is shown as —.</translation>
        </message>
        <message>
            <source>1. Coverage and positive screens by grade and class</source>
            <translation>1. Coverage and positive screens by grade and class</translation>
        </message>
        <message>
            <source>Coverage = tested / due (absent and exempt students are not due); positive rate = positive sheets / sheets; by the grade and class each student was in when the campaign began.</source>
            <translation>Coverage = tested / due (absent and exempt students are not due); positive rate = positive sheets / sheets; by the grade and class each student was in when the campaign began.</translation>
        </message>
        <message>
            <source>Grade or class</source>
            <translation>Grade or class</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Tested</source>
            <translation>Tested</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Exempt</source>
            <translation>Exempt</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Positive</translation>
        </message>
        <message>
            <source>Positive rate</source>
            <translation>Positive rate</translation>
        </message>
        <message>
            <source>Key items</source>
            <translation>Key items</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Invalid</translation>
        </message>
        <message>
            <source>The campaign has no students to screen.</source>
            <translation>The campaign has no students to screen.</translation>
        </message>
        <message>
            <source>Coverage and positive rate by grade (%)</source>
            <translation>Coverage and positive rate by grade (%)</translation>
        </message>
        <message>
            <source>2. Bands of the total</source>
            <translation>2. Bands of the total</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <source>Sheets</source>
            <translation>Sheets</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>The scale has no bands of the total.</source>
            <translation>The scale has no bands of the total.</translation>
        </message>
        <message>
            <source>Share of the sheets by band of the total (%)</source>
            <translation>Share of the sheets by band of the total (%)</translation>
        </message>
        <message>
            <source>{band}: {count}</source>
            <translation>{band}: {count}</translation>
        </message>
        <message>
            <source>3. Factors</source>
            <translation>3. Factors</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Factor</translation>
        </message>
        <message>
            <source>Mean score</source>
            <translation>Mean score</translation>
        </message>
        <message>
            <source>Sheets by band</source>
            <translation>Sheets by band</translation>
        </message>
        <message>
            <source>(the scale gives this factor no bands)</source>
            <translation>(the scale gives this factor no bands)</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>The scale has no factors.</source>
            <translation>The scale has no factors.</translation>
        </message>
        <message>
            <source>4. Candidates and what became of them</source>
            <translation>4. Candidates and what became of them</translation>
        </message>
        <message>
            <source>Every positive screen and every key-item hit goes to the watch list as 'to review'; a counselor interviews the student and decides.</source>
            <translation>Every positive screen and every key-item hit goes to the watch list as 'to review'; a counselor interviews the student and decides.</translation>
        </message>
        <message>
            <source>What became of them</source>
            <translation>What became of them</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Students</translation>
        </message>
        <message>
            <source>The campaign has no candidates.</source>
            <translation>The campaign has no candidates.</translation>
        </message>
        <message>
            <source>5. The candidates (key-item hits first)</source>
            <translation>5. The candidates (key-item hits first)</translation>
        </message>
        <message>
            <source>Student no.</source>
            <translation>Student no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>en</source>
            <translation>en</translation>
        </message>
        <message>
            <source>Not on the watch list yet</source>
            <translation>Not on the watch list yet</translation>
        </message>
        <message>
            <source>Waiting for the review (interview)</source>
            <translation>Waiting for the review (interview)</translation>
        </message>
        <message>
            <source>Interviewed: on the watch list</source>
            <translation>Interviewed: on the watch list</translation>
        </message>
        <message>
            <source>Interviewed: not needed</source>
            <translation>Interviewed: not needed</translation>
        </message>
        <message>
            <source>Watch-list entry closed since</source>
            <translation>Watch-list entry closed since</translation>
        </message>
    </context>
    <context>
        <name>ScreeningWords</name>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Student work</source>
            <translation>Student work</translation>
        </message>
        <message>
            <source>Meetings and referrals</source>
            <translation>Meetings and referrals</translation>
        </message>
        <message>
            <source>Appointments and duty</source>
            <translation>Appointments and duty</translation>
        </message>
        <message>
            <source>Register and calendar</source>
            <translation>Register and calendar</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
    </context>
    <context>
        <name>SeriesInterval</name>
        <message>
            <source>every week</source>
            <translation>every week</translation>
        </message>
        <message>
            <source>every two weeks</source>
            <translation>every two weeks</translation>
        </message>
    </context>
    <context>
        <name>SeriesScope</name>
        <message>
            <source>only this one</source>
            <translation>only this one</translation>
        </message>
        <message>
            <source>this and the following</source>
            <translation>this and the following</translation>
        </message>
        <message>
            <source>all of the series</source>
            <translation>all of the series</translation>
        </message>
    </context>
    <context>
        <name>SessionRecord</name>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>My account</source>
            <translation>My account</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Policy thresholds</source>
            <translation>Policy thresholds</translation>
        </message>
        <message>
            <source>Watch list</source>
            <translation>Watch list</translation>
        </message>
        <message>
            <source>Referrals and crises</source>
            <translation>Referrals and crises</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Change my password</source>
            <translation>Change my password</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>Current password:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <source>Repeat new password:</source>
            <translation>Repeat new password:</translation>
        </message>
        <message>
            <source>My old password may be known to someone: revoke it</source>
            <translation>My old password may be known to someone: revoke it</translation>
        </message>
        <message>
            <source>The office is re-keyed at once, so the old password opens nothing any more, not even with the key-slot file of an old backup.</source>
            <translation>The office is re-keyed at once, so the old password opens nothing any more, not even with the key-slot file of an old backup.</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>Enter your current password.</source>
            <translation>Enter your current password.</translation>
        </message>
        <message>
            <source>Enter the new password.</source>
            <translation>Enter the new password.</translation>
        </message>
        <message>
            <source>Enter the new password a second time.</source>
            <translation>Enter the new password a second time.</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>The two new passwords differ.</translation>
        </message>
        <message>
            <source>The current password is wrong. After {remaining} more wrong attempt(s) this login is locked for 15 minutes.</source>
            <translation>The current password is wrong. After {remaining} more wrong attempt(s) this login is locked for 15 minutes.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Your password was changed and the old one revoked: the office was re-keyed.</source>
            <translation>Your password was changed and the old one revoked: the office was re-keyed.</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>Your password was changed.</translation>
        </message>
        <message>
            <source>School profile</source>
            <translation>School profile</translation>
        </message>
        <message>
            <source>School name:</source>
            <translation>School name:</translation>
        </message>
        <message>
            <source>School type:</source>
            <translation>School type:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Unit name on forms:</source>
            <translation>Unit name on forms:</translation>
        </message>
        <message>
            <source>Save school profile</source>
            <translation>Save school profile</translation>
        </message>
        <message>
            <source>Idle lock</source>
            <translation>Idle lock</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Lock the office after this long without use:</source>
            <translation>Lock the office after this long without use:</translation>
        </message>
        <message>
            <source>Font for printed documents</source>
            <translation>Font for printed documents</translation>
        </message>
        <message>
            <source>Choose a font file…</source>
            <translation>Choose a font file…</translation>
        </message>
        <message>
            <source>Find automatically</source>
            <translation>Find automatically</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Choose a TrueType font</source>
            <translation>Choose a TrueType font</translation>
        </message>
        <message>
            <source>TrueType fonts (*.ttf *.ttc)</source>
            <translation>TrueType fonts (*.ttf *.ttc)</translation>
        </message>
        <message>
            <source>{threshold} ({clause})</source>
            <translation>{threshold} ({clause})</translation>
        </message>
        <message>
            <source>Policy profile:</source>
            <translation>Policy profile:</translation>
        </message>
        <message>
            <source>Apply the profile</source>
            <translation>Apply the profile</translation>
        </message>
        <message>
            <source>Load a profile file…</source>
            <translation>Load a profile file…</translation>
        </message>
        <message>
            <source>Policy profile</source>
            <translation>Policy profile</translation>
        </message>
        <message>
            <source>Policy profiles (*.json)</source>
            <translation>Policy profiles (*.json)</translation>
        </message>
        <message>
            <source>Risk levels</source>
            <translation>Risk levels</translation>
        </message>
        <message>
            <source>Each entry of the watch list has a level: its colour on the lists, the days between reviews (the next review date after each follow-up) and whether an entry at that level may be closed or must be lowered first.</source>
            <translation>Each entry of the watch list has a level: its colour on the lists, the days between reviews (the next review date after each follow-up) and whether an entry at that level may be closed or must be lowered first.</translation>
        </message>
        <message>
            <source>Change the levels…</source>
            <translation>Change the levels…</translation>
        </message>
        <message>
            <source>{name}: a review every {days} days</source>
            <translation>{name}: a review every {days} days</translation>
        </message>
        <message>
            <source> · lowered before it is closed</source>
            <translation> · lowered before it is closed</translation>
        </message>
        <message>
            <source>Documents are printed with the font file {font}.</source>
            <translation>Documents are printed with the font file {font}.</translation>
        </message>
        <message>
            <source>Save thresholds</source>
            <translation>Save thresholds</translation>
        </message>
        <message>
            <source>Every number set by the Anhui Province measures for student mental-health work (2023) becomes a setting here, with the 2023 value as default, once the part of the app that uses it exists. Change one when a newer notice asks for more (a 2025 national notice, for example, asks for two family guidance activities per semester).</source>
            <translation>Every number set by the Anhui Province measures for student mental-health work (2023) becomes a setting here, with the 2023 value as default, once the part of the app that uses it exists. Change one when a newer notice asks for more (a 2025 national notice, for example, asks for two family guidance activities per semester).</translation>
        </message>
        <message>
            <source>Used by parts still to come</source>
            <translation>Used by parts still to come</translation>
        </message>
        <message>
            <source>Restore the 2023 defaults</source>
            <translation>Restore the 2023 defaults</translation>
        </message>
        <message>
            <source>No part of the app uses a threshold yet, so there is nothing to change here now. Each becomes changeable when the part that uses it arrives.</source>
            <translation>No part of the app uses a threshold yet, so there is nothing to change here now. Each becomes changeable when the part that uses it arrives.</translation>
        </message>
        <message>
            <source>{value} · used by {feature}, coming</source>
            <translation>{value} · used by {feature}, coming</translation>
        </message>
        <message>
            <source>No usable Chinese font was found: documents cannot be printed until you choose a TrueType font file.</source>
            <translation>No usable Chinese font was found: documents cannot be printed until you choose a TrueType font file.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Appointment set-up</source>
            <translation>Appointment set-up</translation>
        </message>
        <message>
            <source>Counselor:</source>
            <translation>Counselor:</translation>
        </message>
        <message>
            <source>e.g. 08:00-12:00;14:00-17:30 (empty: not available)</source>
            <translation>e.g. 08:00-12:00;14:00-17:30 (empty: not available)</translation>
        </message>
        <message>
            <source>No hours at all: the counselor may be booked at any time.</source>
            <translation>No hours at all: the counselor may be booked at any time.</translation>
        </message>
        <message>
            <source>Save the hours</source>
            <translation>Save the hours</translation>
        </message>
        <message>
            <source>Available hours</source>
            <translation>Available hours</translation>
        </message>
        <message>
            <source>Name of a new room</source>
            <translation>Name of a new room</translation>
        </message>
        <message>
            <source>Add the room</source>
            <translation>Add the room</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Rooms</translation>
        </message>
        <message>
            <source>Save the rules</source>
            <translation>Save the rules</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Rules</translation>
        </message>
        <message>
            <source>Blocked times</source>
            <translation>Blocked times</translation>
        </message>
        <message>
            <source>Class periods</source>
            <translation>Class periods</translation>
        </message>
        <message>
            <source>{name} · {kind} · {capacity} people</source>
            <translation>{name} · {kind} · {capacity} people</translation>
        </message>
        <message>
            <source>not in use</source>
            <translation>not in use</translation>
        </message>
    </context>
    <context>
        <name>SetupTab</name>
        <message>
            <source>Duty list…</source>
            <translation>Duty list…</translation>
        </message>
        <message>
            <source>Copy from another semester…</source>
            <translation>Copy from another semester…</translation>
        </message>
        <message>
            <source>Import unavailability…</source>
            <translation>Import unavailability…</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>in use</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>retired</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>Posts</translation>
        </message>
        <message>
            <source>New post…</source>
            <translation>New post…</translation>
        </message>
        <message>
            <source>Suggested posts</source>
            <translation>Suggested posts</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <source>Make-up workday</source>
            <translation>Make-up workday</translation>
        </message>
        <message>
            <source>Timetable</source>
            <translation>Timetable</translation>
        </message>
        <message>
            <source>not chosen</source>
            <translation>not chosen</translation>
        </message>
        <message>
            <source>Make-up workdays</source>
            <translation>Make-up workdays</translation>
        </message>
        <message>
            <source>Timetable…</source>
            <translation>Timetable…</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>Weekday</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Who may take it</source>
            <translation>Who may take it</translation>
        </message>
        <message>
            <source>Shifts of a week</source>
            <translation>Shifts of a week</translation>
        </message>
        <message>
            <source>New shift…</source>
            <translation>New shift…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Cannot take duty</source>
            <translation>Cannot take duty</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>anyone on the duty list</source>
            <translation>anyone on the duty list</translation>
        </message>
        <message>
            <source>On the duty list ({count}): {names}</source>
            <translation>On the duty list ({count}): {names}</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>nobody yet</translation>
        </message>
        <message>
            <source>Remove the shift</source>
            <translation>Remove the shift</translation>
        </message>
        <message>
            <source>Remove the shift {period} {times} of {post} on {weekday}? Its coming duties are removed too; past duties stay.</source>
            <translation>Remove the shift {period} {times} of {post} on {weekday}? Its coming duties are removed too; past duties stay.</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Set up the counseling office — {app}</source>
            <translation>Set up the counseling office — {app}</translation>
        </message>
        <message>
            <source>Creating the encrypted office…</source>
            <translation>Creating the encrypted office…</translation>
        </message>
        <message>
            <source>Creating the demo office…</source>
            <translation>Creating the demo office…</translation>
        </message>
        <message>
            <source>Demo office</source>
            <translation>Demo office</translation>
        </message>
        <message>
            <source>A demo office with invented students was created. Logins: {logins}; password: {password}.</source>
            <translation>A demo office with invented students was created. Logins: {logins}; password: {password}.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>The office exists already. Leave without confirming the recovery key? You can still log in, but make sure the key is written down.</source>
            <translation>The office exists already. Leave without confirming the recovery key? You can still log in, but make sure the key is written down.</translation>
        </message>
    </context>
    <context>
        <name>SeverityDialog</name>
        <message>
            <source>Change the class of the case</source>
            <translation>Change the class of the case</translation>
        </message>
        <message>
            <source>Class:</source>
            <translation>Class:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Mild cases: education and counseling. Severe cases: the severe-case file, an individual plan, paired responsible staff, medication as the family reports it, peer care.</source>
            <translation>Mild cases: education and counseling. Severe cases: the severe-case file, an individual plan, paired responsible staff, medication as the family reports it, peer care.</translation>
        </message>
    </context>
    <context>
        <name>StaffEditDialog</name>
        <message>
            <source>New staff member</source>
            <translation>New staff member</translation>
        </message>
        <message>
            <source>Edit staff member</source>
            <translation>Edit staff member</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Staff number:</source>
            <translation>Staff number:</translation>
        </message>
        <message>
            <source>Gender:</source>
            <translation>Gender:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Classes led (instructor)</source>
            <translation>Classes led (instructor)</translation>
        </message>
        <message>
            <source>Classes led (head teacher)</source>
            <translation>Classes led (head teacher)</translation>
        </message>
        <message>
            <source>Departments led (department head)</source>
            <translation>Departments led (department head)</translation>
        </message>
        <message>
            <source>Grades led (grade leader)</source>
            <translation>Grades led (grade leader)</translation>
        </message>
        <message>
            <source>{item} (now {name})</source>
            <translation>{item} (now {name})</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>New staff member…</source>
            <translation>New staff member…</translation>
        </message>
        <message>
            <source>Import staff roster…</source>
            <translation>Import staff roster…</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Name, staff number or pinyin initials</source>
            <translation>Name, staff number or pinyin initials</translation>
        </message>
        <message>
            <source>Show staff who left</source>
            <translation>Show staff who left</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>{name} (left)</source>
            <translation>{name} (left)</translation>
        </message>
        <message>
            <source>Staff number</source>
            <translation>Staff number</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Double-click a staff member to edit. Click a column header to sort.</source>
            <translation>Double-click a staff member to edit. Click a column header to sort.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>{shown} of {total} staff members</source>
            <translation>{shown} of {total} staff members</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <source>{name} left the school? The record is kept for the history; the classes this person leads lose their instructor.</source>
            <translation>{name} left the school? The record is kept for the history; the classes this person leads lose their instructor.</translation>
        </message>
        <message>
            <source>{name} left the school? The record is kept for the history; the classes this person leads lose their head teacher.</source>
            <translation>{name} left the school? The record is kept for the history; the classes this person leads lose their head teacher.</translation>
        </message>
    </context>
    <context>
        <name>StaffRole</name>
        <message>
            <source>full-time counselor</source>
            <translation>full-time counselor</translation>
        </message>
        <message>
            <source>part-time counselor</source>
            <translation>part-time counselor</translation>
        </message>
        <message>
            <source>head teacher</source>
            <translation>head teacher</translation>
        </message>
        <message>
            <source>grade leader</source>
            <translation>grade leader</translation>
        </message>
        <message>
            <source>department head</source>
            <translation>department head</translation>
        </message>
        <message>
            <source>student affairs instructor</source>
            <translation>student affairs instructor</translation>
        </message>
        <message>
            <source>school leader</source>
            <translation>school leader</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>The recovery key has not been confirmed. If it was noted wrongly and every password is forgotten, the office's records cannot be opened again. Type the key back from the sealed sheet to confirm it.</source>
            <translation>The recovery key has not been confirmed. If it was noted wrongly and every password is forgotten, the office's records cannot be opened again. Type the key back from the sealed sheet to confirm it.</translation>
        </message>
        <message>
            <source>Confirm the recovery key…</source>
            <translation>Confirm the recovery key…</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>School year</translation>
        </message>
        <message>
            <source>Last backup</source>
            <translation>Last backup</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>today: {holiday}</source>
            <translation>today: {holiday}</translation>
        </message>
        <message>
            <source>today: day off</source>
            <translation>today: day off</translation>
        </message>
        <message>
            <source>today: make-up workday</source>
            <translation>today: make-up workday</translation>
        </message>
        <message>
            <source>today: weekend</source>
            <translation>today: weekend</translation>
        </message>
        <message>
            <source>Ask the office head to make a backup.</source>
            <translation>Ask the office head to make a backup.</translation>
        </message>
        <message>
            <source>{days} day(s) ago — ask the office head to make a backup.</source>
            <translation>{days} day(s) ago — ask the office head to make a backup.</translation>
        </message>
        <message>
            <source>Hello, {name} ({role}). Today is {date}.</source>
            <translation>Hello, {name} ({role}). Today is {date}.</translation>
        </message>
        <message>
            <source>Semester {semester}, week {week}</source>
            <translation>Semester {semester}, week {week}</translation>
        </message>
        <message>
            <source>Between semesters</source>
            <translation>Between semesters</translation>
        </message>
        <message>
            <source>Holidays of {years} not entered yet (School calendar page).</source>
            <translation>Holidays of {years} not entered yet (School calendar page).</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>{name} school year</source>
            <translation>{name} school year</translation>
        </message>
        <message>
            <source>Not set up</source>
            <translation>Not set up</translation>
        </message>
        <message>
            <source>No school year covers today.</source>
            <translation>No school year covers today.</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>None yet</translation>
        </message>
        <message>
            <source>Make a backup now (Ctrl+B).</source>
            <translation>Make a backup now (Ctrl+B).</translation>
        </message>
        <message>
            <source>{minutes} minute(s) ago</source>
            <translation>{minutes} minute(s) ago</translation>
        </message>
        <message>
            <source>{hours} hour(s) ago</source>
            <translation>{hours} hour(s) ago</translation>
        </message>
        <message>
            <source>{days} day(s) ago — make a backup now (Ctrl+B).</source>
            <translation>{days} day(s) ago — make a backup now (Ctrl+B).</translation>
        </message>
        <message>
            <source>{rows} entries, chain verified.</source>
            <translation>{rows} entries, chain verified.</translation>
        </message>
        <message>
            <source>Intact</source>
            <translation>Intact</translation>
        </message>
        <message>
            <source>NOT CONFIRMED</source>
            <translation>NOT CONFIRMED</translation>
        </message>
        <message>
            <source>BROKEN</source>
            <translation>BROKEN</translation>
        </message>
        <message>
            <source>The chain breaks at entry {row}. Restore a backup and investigate.</source>
            <translation>The chain breaks at entry {row}. Restore a backup and investigate.</translation>
        </message>
    </context>
    <context>
        <name>StateDialog</name>
        <message>
            <source>Change the state</source>
            <translation>Change the state</translation>
        </message>
        <message>
            <source>From “{old}” to “{new}”.</source>
            <translation>From “{old}” to “{new}”.</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Change status</source>
            <translation>Change status</translation>
        </message>
        <message>
            <source>e.g. sick leave approved on 2026-11-20</source>
            <translation>e.g. sick leave approved on 2026-11-20</translation>
        </message>
        <message>
            <source>New status:</source>
            <translation>New status:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Give a reason for the change.</source>
            <translation>Give a reason for the change.</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <source>Record a step of C {number}</source>
            <translation>Record a step of C {number}</translation>
        </message>
        <message>
            <source>Step:</source>
            <translation>Step:</translation>
        </message>
        <message>
            <source>Parents reached</source>
            <translation>Parents reached</translation>
        </message>
        <message>
            <source>Parents called, not reached</source>
            <translation>Parents called, not reached</translation>
        </message>
        <message>
            <source>Whose parents:</source>
            <translation>Whose parents:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>How:</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>When:</translation>
        </message>
        <message>
            <source>By:</source>
            <translation>By:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes:</translation>
        </message>
    </context>
    <context>
        <name>StudentEditDialog</name>
        <message>
            <source>New student</source>
            <translation>New student</translation>
        </message>
        <message>
            <source>Edit student</source>
            <translation>Edit student</translation>
        </message>
        <message>
            <source>e.g. 2013-05-12</source>
            <translation>e.g. 2013-05-12</translation>
        </message>
        <message>
            <source>— no class —</source>
            <translation>— no class —</translation>
        </message>
        <message>
            <source>Boards at school</source>
            <translation>Boards at school</translation>
        </message>
        <message>
            <source>Mental-health monitor of the class</source>
            <translation>Mental-health monitor of the class</translation>
        </message>
        <message>
            <source>Student number:</source>
            <translation>Student number:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Gender:</source>
            <translation>Gender:</translation>
        </message>
        <message>
            <source>Birth date:</source>
            <translation>Birth date:</translation>
        </message>
        <message>
            <source>Class:</source>
            <translation>Class:</translation>
        </message>
        <message>
            <source>Dorm:</source>
            <translation>Dorm:</translation>
        </message>
        <message>
            <source>e.g. Building 3, room 215</source>
            <translation>e.g. Building 3, room 215</translation>
        </message>
        <message>
            <source>Guardians</source>
            <translation>Guardians</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>e.g. mother</source>
            <translation>e.g. mother</translation>
        </message>
        <message>
            <source>{klass} (archived)</source>
            <translation>{klass} (archived)</translation>
        </message>
        <message>
            <source>The birth date cannot be read. Write it like 2013-05-12.</source>
            <translation>The birth date cannot be read. Write it like 2013-05-12.</translation>
        </message>
    </context>
    <context>
        <name>StudentPicker</name>
        <message>
            <source>Choose a student</source>
            <translation>Choose a student</translation>
        </message>
        <message>
            <source>Student number, name or pinyin initials (e.g. zsm)</source>
            <translation>Student number, name or pinyin initials (e.g. zsm)</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Loading the register…</source>
            <translation>Loading the register…</translation>
        </message>
        <message>
            <source>The register holds no student.</source>
            <translation>The register holds no student.</translation>
        </message>
        <message>
            <source>{count} students found; the first 500 are listed, type more to narrow the list.</source>
            <translation>{count} students found; the first 500 are listed, type more to narrow the list.</translation>
        </message>
        <message>
            <source>{count} students found.</source>
            <translation>{count} students found.</translation>
        </message>
        <message>
            <source>No student in school matches.</source>
            <translation>No student in school matches.</translation>
        </message>
    </context>
    <context>
        <name>StudentProfile</name>
        <message>
            <source>Student profile</source>
            <translation>Student profile</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Change status…</source>
            <translation>Change status…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>no class</source>
            <translation>no class</translation>
        </message>
    </context>
    <context>
        <name>StudentStatus</name>
        <message>
            <source>enrolled</source>
            <translation>enrolled</translation>
        </message>
        <message>
            <source>on leave</source>
            <translation>on leave</translation>
        </message>
        <message>
            <source>suspended</source>
            <translation>suspended</translation>
        </message>
        <message>
            <source>graduated</source>
            <translation>graduated</translation>
        </message>
        <message>
            <source>transferred</source>
            <translation>transferred</translation>
        </message>
    </context>
    <context>
        <name>StudentsPage</name>
        <message>
            <source>New student…</source>
            <translation>New student…</translation>
        </message>
        <message>
            <source>Import roster…</source>
            <translation>Import roster…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Import students from an Excel or CSV roster; you see every row's verdict before anything is written.</source>
            <translation>Import students from an Excel or CSV roster; you see every row's verdict before anything is written.</translation>
        </message>
        <message>
            <source>Save the students shown (grade and class filters apply) as an Excel file.</source>
            <translation>Save the students shown (grade and class filters apply) as an Excel file.</translation>
        </message>
        <message>
            <source>Student number, name or pinyin initials (e.g. zsm)</source>
            <translation>Student number, name or pinyin initials (e.g. zsm)</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Guardians' phones</source>
            <translation>Guardians' phones</translation>
        </message>
        <message>
            <source>Show a column with the guardians' phone numbers (each look is recorded in the audit trail).</source>
            <translation>Show a column with the guardians' phone numbers (each look is recorded in the audit trail).</translation>
        </message>
        <message>
            <source>mental-health monitor</source>
            <translation>mental-health monitor</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Class role</source>
            <translation>Class role</translation>
        </message>
        <message>
            <source>Loading the register…</source>
            <translation>Loading the register…</translation>
        </message>
        <message>
            <source>Export students</source>
            <translation>Export students</translation>
        </message>
        <message>
            <source>students.xlsx</source>
            <translation>students.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel workbook</translation>
        </message>
        <message>
            <source>{count} student(s) were saved to the file.</source>
            <translation>{count} student(s) were saved to the file.</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>All grades</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Double-click a student to open the profile. Click a column header to sort.</source>
            <translation>Double-click a student to open the profile. Click a column header to sort.</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>All departments</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>All classes</translation>
        </message>
        <message>
            <source>{shown} of {total} students</source>
            <translation>{shown} of {total} students</translation>
        </message>
    </context>
    <context>
        <name>SwapDialog</name>
        <message>
            <source>Ask for a swap</source>
            <translation>Ask for a swap</translation>
        </message>
        <message>
            <source>{name}'s duty: {duty}</source>
            <translation>{name}'s duty: {duty}</translation>
        </message>
        <message>
            <source>Swap with:</source>
            <translation>Swap with:</translation>
        </message>
        <message>
            <source>Their duty:</source>
            <translation>Their duty:</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Why:</translation>
        </message>
        <message>
            <source>The colleague accepts or declines the swap from their own account; then the office head approves it and both duties change hands.</source>
            <translation>The colleague accepts or declines the swap from their own account; then the office head approves it and both duties change hands.</translation>
        </message>
        <message>
            <source>no duty in the next {days} days</source>
            <translation>no duty in the next {days} days</translation>
        </message>
        <message>
            <source>Choose the colleague's duty to take in exchange.</source>
            <translation>Choose the colleague's duty to take in exchange.</translation>
        </message>
    </context>
    <context>
        <name>TableImportDialog</name>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>No file chosen.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Sheet:</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Column in the file</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>First values</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>Imported as</translation>
        </message>
        <message>
            <source>Show only rows with problems</source>
            <translation>Show only rows with problems</translation>
        </message>
        <message>
            <source>As in the file: this value could not be read.</source>
            <translation>As in the file: this value could not be read.</translation>
        </message>
        <message>
            <source>Skip invalid rows (import the valid ones and report the others)</source>
            <translation>Skip invalid rows (import the valid ones and report the others)</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>valid</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>skipped</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
            <translation>{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</translation>
        </message>
        <message>
            <source>Imported: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
            <translation>Imported: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>Choose a file to import</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tables</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>File: {name}</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>Checking the rows…</translation>
        </message>
        <message>
            <source>This sheet has no row naming the columns. Choose the sheet that holds the list.</source>
            <translation>This sheet has no row naming the columns. Choose the sheet that holds the list.</translation>
        </message>
        <message>
            <source>The column names were found in row {row}. Check what each column is imported as and change a choice if it is wrong; the rows are checked again at once. Nothing is written before you press Import.</source>
            <translation>The column names were found in row {row}. Check what each column is imported as and change a choice if it is wrong; the rows are checked again at once. Nothing is written before you press Import.</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— not imported —</translation>
        </message>
        <message>
            <source>Some rows are not valid: correct them in the file, or tick “skip invalid rows”.</source>
            <translation>Some rows are not valid: correct them in the file, or tick “skip invalid rows”.</translation>
        </message>
    </context>
    <context>
        <name>TargetsTab</name>
        <message>
            <source>Every student the campaign screens. A student who is absent on the day or exempt (with the reason) is not due: the coverage leaves them out.</source>
            <translation>Every student the campaign screens. A student who is absent on the day or exempt (with the reason) is not due: the coverage leaves them out.</translation>
        </message>
        <message>
            <source>Student number, name or pinyin initials</source>
            <translation>Student number, name or pinyin initials</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>All classes</translation>
        </message>
        <message>
            <source>Student no.</source>
            <translation>Student no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Disposition</source>
            <translation>Disposition</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Absent or exempt…</source>
            <translation>Absent or exempt…</translation>
        </message>
        <message>
            <source>Due again</source>
            <translation>Due again</translation>
        </message>
        <message>
            <source>{shown} of {total} students shown · {excused} absent or exempt</source>
            <translation>{shown} of {total} students shown · {excused} absent or exempt</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>New shift</source>
            <translation>New shift</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Post:</source>
            <translation>Post:</translation>
        </message>
        <message>
            <source>Weekdays:</source>
            <translation>Weekdays:</translation>
        </message>
        <message>
            <source>Weekday:</source>
            <translation>Weekday:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>To:</translation>
        </message>
        <message>
            <source>People:</source>
            <translation>People:</translation>
        </message>
        <message>
            <source>Counted as:</source>
            <translation>Counted as:</translation>
        </message>
        <message>
            <source>by day and time</source>
            <translation>by day and time</translation>
        </message>
        <message>
            <source>By day and time: Saturday and Sunday count as weekend duty, a shift starting at 18:00 or later as evening duty, the rest as regular duty.</source>
            <translation>By day and time: Saturday and Sunday count as weekend duty, a shift starting at 18:00 or later as evening duty, the rest as regular duty.</translation>
        </message>
        <message>
            <source>Who may take it:</source>
            <translation>Who may take it:</translation>
        </message>
        <message>
            <source>and these people:</source>
            <translation>and these people:</translation>
        </message>
        <message>
            <source>Nothing ticked: everyone on the duty list may take the shift.</source>
            <translation>Nothing ticked: everyone on the duty list may take the shift.</translation>
        </message>
        <message>
            <source>Add a post first.</source>
            <translation>Add a post first.</translation>
        </message>
        <message>
            <source>Tick at least one weekday.</source>
            <translation>Tick at least one weekday.</translation>
        </message>
        <message>
            <source>Give the shift a period, e.g. lunch break.</source>
            <translation>Give the shift a period, e.g. lunch break.</translation>
        </message>
    </context>
    <context>
        <name>TemporaryPasswordDialog</name>
        <message>
            <source>Temporary password for {login}</source>
            <translation>Temporary password for {login}</translation>
        </message>
        <message>
            <source>{name} ({login}) gets a temporary password. Their current password stops working and a lockout is lifted; at the next login they must choose their own password. This is recorded in the audit trail.</source>
            <translation>{name} ({login}) gets a temporary password. Their current password stops working and a lockout is lifted; at the next login they must choose their own password. This is recorded in the audit trail.</translation>
        </message>
        <message>
            <source>Temporary password:</source>
            <translation>Temporary password:</translation>
        </message>
        <message>
            <source>At least 10 characters (an office head or counselor: 12, not digits only, not a sequence); not a common password; not containing the login. Tell it to the user in person, not by message.</source>
            <translation>At least 10 characters (an office head or counselor: 12, not digits only, not a sequence); not a common password; not containing the login. Tell it to the user in person, not by message.</translation>
        </message>
        <message>
            <source>{login} can now log in with the temporary password and will then choose their own.</source>
            <translation>{login} can now log in with the temporary password and will then choose their own.</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Entered the register</source>
            <translation>Entered the register</translation>
        </message>
        <message>
            <source>Status changed to {status}</source>
            <translation>Status changed to {status}</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Placed in {klass}</source>
            <translation>Placed in {klass}</translation>
        </message>
        <message>
            <source>Moved up to {klass}</source>
            <translation>Moved up to {klass}</translation>
        </message>
        <message>
            <source>Left {klass}</source>
            <translation>Left {klass}</translation>
        </message>
        <message>
            <source>school year {year}</source>
            <translation>school year {year}</translation>
        </message>
        <message>
            <source>before: {klass}</source>
            <translation>before: {klass}</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <source>Register edits</source>
            <translation>Register edits</translation>
        </message>
        <message>
            <source>Access to the file</source>
            <translation>Access to the file</translation>
        </message>
        <message>
            <source>Put on the watch list ({level})</source>
            <translation>Put on the watch list ({level})</translation>
        </message>
        <message>
            <source>Watch-list level: {old} → {new}</source>
            <translation>Watch-list level: {old} → {new}</translation>
        </message>
        <message>
            <source>Watch list: {new}</source>
            <translation>Watch list: {new}</translation>
        </message>
        <message>
            <source>Closing of the watch-list entry asked</source>
            <translation>Closing of the watch-list entry asked</translation>
        </message>
        <message>
            <source>Watch-list entry closed</source>
            <translation>Watch-list entry closed</translation>
        </message>
        <message>
            <source>Watch-list entry reopened ({level})</source>
            <translation>Watch-list entry reopened ({level})</translation>
        </message>
        <message>
            <source>Responsible people changed</source>
            <translation>Responsible people changed</translation>
        </message>
        <message>
            <source>Follow-up: {method}</source>
            <translation>Follow-up: {method}</translation>
        </message>
        <message>
            <source>Parent contact: {person}, {way}</source>
            <translation>Parent contact: {person}, {way}</translation>
        </message>
        <message>
            <source>Plan version {version} written</source>
            <translation>Plan version {version} written</translation>
        </message>
        <message>
            <source>Watch list</source>
            <translation>Watch list</translation>
        </message>
        <message>
            <source>Screening {campaign}: {outcome}</source>
            <translation>Screening {campaign}: {outcome}</translation>
        </message>
        <message>
            <source>{scale}, total {total}</source>
            <translation>{scale}, total {total}</translation>
        </message>
        <message>
            <source>key item {items} hit</source>
            <translation>key item {items} hit</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Screening</translation>
        </message>
        <message>
            <source>Referral {number} issued: {hospital}</source>
            <translation>Referral {number} issued: {hospital}</translation>
        </message>
        <message>
            <source>Referral {number}: receipt back</source>
            <translation>Referral {number}: receipt back</translation>
        </message>
        <message>
            <source>The doctor's advice: {advice}</source>
            <translation>The doctor's advice: {advice}</translation>
        </message>
        <message>
            <source>Referral {number} closed: {reason}</source>
            <translation>Referral {number} closed: {reason}</translation>
        </message>
        <message>
            <source>Referral {number} reopened: back to “{state}”</source>
            <translation>Referral {number} reopened: back to “{state}”</translation>
        </message>
        <message>
            <source>The closing of {day} ({reason}) undone</source>
            <translation>The closing of {day} ({reason}) undone</translation>
        </message>
        <message>
            <source>{kind} from {start} (expected end {end})</source>
            <translation>{kind} from {start} (expected end {end})</translation>
        </message>
        <message>
            <source>Back at school after the {kind} ({number})</source>
            <translation>Back at school after the {kind} ({number})</translation>
        </message>
        <message>
            <source>Crisis incident {number}: {type}</source>
            <translation>Crisis incident {number}: {type}</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <source>Crisis incidents</source>
            <translation>Crisis incidents</translation>
        </message>
    </context>
    <context>
        <name>TimelineDialog</name>
        <message>
            <source>Breach of confidentiality: C {number}</source>
            <translation>Breach of confidentiality: C {number}</translation>
        </message>
        <message>
            <source>Timeline entry: C {number}</source>
            <translation>Timeline entry: C {number}</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>When:</translation>
        </message>
        <message>
            <source>Who was told:</source>
            <translation>Who was told:</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Why:</translation>
        </message>
        <message>
            <source>What happened:</source>
            <translation>What happened:</translation>
        </message>
        <message>
            <source>Record every breach of confidentiality made to protect life: it stays on record.</source>
            <translation>Record every breach of confidentiality made to protect life: it stays on record.</translation>
        </message>
    </context>
    <context>
        <name>TimelineSection</name>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Earlier events</source>
            <translation>Earlier events</translation>
        </message>
        <message>
            <source>{count} events shown</source>
            <translation>{count} events shown</translation>
        </message>
        <message>
            <source>No events of these kinds.</source>
            <translation>No events of these kinds.</translation>
        </message>
    </context>
    <context>
        <name>TodayCard</name>
        <message>
            <source>Appointments today</source>
            <translation>Appointments today</translation>
        </message>
        <message>
            <source>No appointment today.</source>
            <translation>No appointment today.</translation>
        </message>
        <message>
            <source>{start}–{end} {who} · {kind} · {place} · {state}</source>
            <translation>{start}–{end} {who} · {kind} · {place} · {state}</translation>
        </message>
        <message>
            <source>not marked yet</source>
            <translation>not marked yet</translation>
        </message>
        <message>
            <source>{count} held session(s) without a record…</source>
            <translation>{count} held session(s) without a record…</translation>
        </message>
        <message>
            <source>Urgent: {name} ({no}) is waiting for an appointment — book now…</source>
            <translation>Urgent: {name} ({no}) is waiting for an appointment — book now…</translation>
        </message>
        <message>
            <source>Waiting list: {waiting} waiting, {offers} slot(s) offered…</source>
            <translation>Waiting list: {waiting} waiting, {offers} slot(s) offered…</translation>
        </message>
    </context>
    <context>
        <name>UnavailabilityImportDialog</name>
        <message>
            <source>Import unavailability for duty</source>
            <translation>Import unavailability for duty</translation>
        </message>
        <message>
            <source>Choose the sheet of unavailability</source>
            <translation>Choose the sheet of unavailability</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tables</translation>
        </message>
        <message>
            <source>{new} new, {unchanged} already entered, {rejected} rejected</source>
            <translation>{new} new, {unchanged} already entered, {rejected} rejected</translation>
        </message>
        <message>
            <source>{count} entry(ies) of unavailability added.</source>
            <translation>{count} entry(ies) of unavailability added.</translation>
        </message>
        <message>
            <source>{count} invalid row(s) left out.</source>
            <translation>{count} invalid row(s) left out.</translation>
        </message>
    </context>
    <context>
        <name>UnavailableDialog</name>
        <message>
            <source>Cannot take duty</source>
            <translation>Cannot take duty</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Why:</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>When:</translation>
        </message>
        <message>
            <source>every week on a weekday</source>
            <translation>every week on a weekday</translation>
        </message>
        <message>
            <source>on dates</source>
            <translation>on dates</translation>
        </message>
        <message>
            <source>Weekday:</source>
            <translation>Weekday:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>To:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>the whole day</source>
            <translation>the whole day</translation>
        </message>
        <message>
            <source>Put people on the duty list first.</source>
            <translation>Put people on the duty list first.</translation>
        </message>
        <message>
            <source>The last day comes before the first.</source>
            <translation>The last day comes before the first.</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Reactivate {login}</source>
            <translation>Reactivate {login}</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>Add a user</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>Login:</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <source>First password:</source>
            <translation>First password:</translation>
        </message>
        <message>
            <source>At least 10 characters (an office head or counselor: 12, not digits only, not a sequence); not a common password; not containing the login. Tell the user the first password in person; they can change it in Settings.</source>
            <translation>At least 10 characters (an office head or counselor: 12, not digits only, not a sequence); not a common password; not containing the login. Tell the user the first password in person; they can change it in Settings.</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Staff member</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Active (password to change)</source>
            <translation>Active (password to change)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Deactivated</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Change role</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Reactivate…</source>
            <translation>Reactivate…</translation>
        </message>
        <message>
            <source>Link to staff member…</source>
            <translation>Link to staff member…</translation>
        </message>
        <message>
            <source>Which staff member of the school uses this account.</source>
            <translation>Which staff member of the school uses this account.</translation>
        </message>
        <message>
            <source>Lift lockout</source>
            <translation>Lift lockout</translation>
        </message>
        <message>
            <source>Let a login locked after five wrong passwords try again now.</source>
            <translation>Let a login locked after five wrong passwords try again now.</translation>
        </message>
        <message>
            <source>Set temporary password…</source>
            <translation>Set temporary password…</translation>
        </message>
        <message>
            <source>For a forgotten password: the user must choose their own at the next login.</source>
            <translation>For a forgotten password: the user must choose their own at the next login.</translation>
        </message>
        <message>
            <source>{active} active account(s), {total} in all</source>
            <translation>{active} active account(s), {total} in all</translation>
        </message>
        <message>
            <source>Locked until {time}</source>
            <translation>Locked until {time}</translation>
        </message>
        <message>
            <source>Change the role of {login} from {old} to {new}?</source>
            <translation>Change the role of {login} from {old} to {new}?</translation>
        </message>
        <message>
            <source>Deactivate {login}? The account can no longer log in; its records stay.</source>
            <translation>Deactivate {login}? The account can no longer log in; its records stay.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Lift the lockout of {login} now? They can log in again at once. This is recorded in the audit trail.</source>
            <translation>Lift the lockout of {login} now? They can log in again at once. This is recorded in the audit trail.</translation>
        </message>
    </context>
    <context>
        <name>Verify</name>
        <message>
            <source>Audit entry {row} ({at}) is not signed: the trail was changed from this entry on.</source>
            <translation>Audit entry {row} ({at}) is not signed: the trail was changed from this entry on.</translation>
        </message>
        <message>
            <source>Audit entry {row} ({at}): the signature of {who} does not match: the trail was changed from this entry on.</source>
            <translation>Audit entry {row} ({at}): the signature of {who} does not match: the trail was changed from this entry on.</translation>
        </message>
        <message>
            <source>Audit entry {row} ({at}) names account #{user} but was signed by {who}.</source>
            <translation>Audit entry {row} ({at}) names account #{user} but was signed by {who}.</translation>
        </message>
        <message>
            <source>Audit entry {row} ({at}) was signed by account #{user}, which no office head has signed.</source>
            <translation>Audit entry {row} ({at}) was signed by account #{user}, which no office head has signed.</translation>
        </message>
        <message>
            <source>The audit trail has {rows} entries, but {who} saw {count} on {at}: entries {first} to {count} were removed.</source>
            <translation>The audit trail has {rows} entries, but {who} saw {count} on {at}: entries {first} to {count} were removed.</translation>
        </message>
        <message>
            <source>Audit entry {count} is not what {who} saw on {at}: the trail was rewritten up to there.</source>
            <translation>Audit entry {count} is not what {who} saw on {at}: the trail was rewritten up to there.</translation>
        </message>
        <message>
            <source>The audit trail was dropped: it was found missing and re-created on {at} (entry {row}).</source>
            <translation>The audit trail was dropped: it was found missing and re-created on {at} (entry {row}).</translation>
        </message>
        <message>
            <source>The signed list of accounts does not check from version {version} on: it was changed or replaced without an office head's key.</source>
            <translation>The signed list of accounts does not check from version {version} on: it was changed or replaced without an office head's key.</translation>
        </message>
        <message>
            <source>The office has no signed list of accounts yet: an office head's next login makes it.</source>
            <translation>The office has no signed list of accounts yet: an office head's next login makes it.</translation>
        </message>
        <message>
            <source>Account #{user} ({login}) is in the database but no office head signed it.</source>
            <translation>Account #{user} ({login}) is in the database but no office head signed it.</translation>
        </message>
        <message>
            <source>Account #{user} ({login}): the database says {field}: {found}, an office head signed {field}: {signed}.</source>
            <translation>Account #{user} ({login}): the database says {field}: {found}, an office head signed {field}: {signed}.</translation>
        </message>
        <message>
            <source>login</source>
            <translation>login</translation>
        </message>
        <message>
            <source>key slot</source>
            <translation>key slot</translation>
        </message>
        <message>
            <source>role</source>
            <translation>role</translation>
        </message>
        <message>
            <source>state</source>
            <translation>state</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>deactivated</translation>
        </message>
        <message>
            <source>Account #{user} ({login}), signed by an office head, is missing from the database.</source>
            <translation>Account #{user} ({login}), signed by an office head, is missing from the database.</translation>
        </message>
        <message>
            <source>The record of the audit trail kept for {who} is not signed by them.</source>
            <translation>The record of the audit trail kept for {who} is not signed by them.</translation>
        </message>
        <message>
            <source>the recovery key</source>
            <translation>the recovery key</translation>
        </message>
        <message>
            <source>account #{user} ({login})</source>
            <translation>account #{user} ({login})</translation>
        </message>
        <message>
            <source>the backup {name} (made by {who})</source>
            <translation>the backup {name} (made by {who})</translation>
        </message>
        <message>
            <source>audit trigger missing: {trigger}</source>
            <translation>audit trigger missing: {trigger}</translation>
        </message>
        <message>
            <source>recovery key slot missing</source>
            <translation>recovery key slot missing</translation>
        </message>
        <message>
            <source>no key slot for active account #{id}</source>
            <translation>no key slot for active account #{id}</translation>
        </message>
        <message>
            <source>key slot without an active account: {slot}</source>
            <translation>key slot without an active account: {slot}</translation>
        </message>
        <message>
            <source>key slots from an unfinished re-key</source>
            <translation>key slots from an unfinished re-key</translation>
        </message>
        <message>
            <source>clinical key of another epoch in the key slots</source>
            <translation>clinical key of another epoch in the key slots</translation>
        </message>
        <message>
            <source>clinical key missing for account #{id}</source>
            <translation>clinical key missing for account #{id}</translation>
        </message>
        <message>
            <source>clinical key missing for the recovery key</source>
            <translation>clinical key missing for the recovery key</translation>
        </message>
        <message>
            <source>clinical key held by account #{id}, whose role does not hold it</source>
            <translation>clinical key held by account #{id}, whose role does not hold it</translation>
        </message>
        <message>
            <source>sealed fields not checked: this account holds no clinical key</source>
            <translation>sealed fields not checked: this account holds no clinical key</translation>
        </message>
        <message>
            <source>sealed field does not open: {field}</source>
            <translation>sealed field does not open: {field}</translation>
        </message>
        <message>
            <source>version {version} of the plan of watch-list entry #{entry} does not carry its author's valid signature: it was changed outside the application</source>
            <translation>version {version} of the plan of watch-list entry #{entry} does not carry its author's valid signature: it was changed outside the application</translation>
        </message>
    </context>
    <context>
        <name>WatchCard</name>
        <message>
            <source>Watch-list students to follow up</source>
            <translation>Watch-list students to follow up</translation>
        </message>
        <message>
            <source>Closing requests waiting for approval</source>
            <translation>Closing requests waiting for approval</translation>
        </message>
        <message>
            <source>whole office: {open} open, {overdue} overdue</source>
            <translation>whole office: {open} open, {overdue} overdue</translation>
        </message>
        <message>
            <source>yours: {open} open, {overdue} overdue</source>
            <translation>yours: {open} open, {overdue} overdue</translation>
        </message>
        <message>
            <source>Nothing is overdue: every open entry has its follow-up in time.</source>
            <translation>Nothing is overdue: every open entry has its follow-up in time.</translation>
        </message>
        <message>
            <source>No open entry to follow up.</source>
            <translation>No open entry to follow up.</translation>
        </message>
        <message>
            <source>All {count} overdue entries…</source>
            <translation>All {count} overdue entries…</translation>
        </message>
        <message>
            <source>closing asked</source>
            <translation>closing asked</translation>
        </message>
        <message>
            <source>{name} · {klass} · {level} — {what} · next review {day}</source>
            <translation>{name} · {klass} · {level} — {what} · next review {day}</translation>
        </message>
        <message>
            <source>no class</source>
            <translation>no class</translation>
        </message>
        <message>
            <source>Open the entry</source>
            <translation>Open the entry</translation>
        </message>
    </context>
    <context>
        <name>WatchCloseReason</name>
        <message>
            <source>improved, risk resolved</source>
            <translation>improved, risk resolved</translation>
        </message>
        <message>
            <source>not confirmed on review</source>
            <translation>not confirmed on review</translation>
        </message>
        <message>
            <source>graduated or left the school</source>
            <translation>graduated or left the school</translation>
        </message>
        <message>
            <source>transferred to another school</source>
            <translation>transferred to another school</translation>
        </message>
        <message>
            <source>entered by mistake</source>
            <translation>entered by mistake</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
    </context>
    <context>
        <name>WatchDocuments</name>
        <message>
            <source>Follow-up record of a watch-list student</source>
            <translation>Follow-up record of a watch-list student</translation>
        </message>
        <message>
            <source>Follow-ups and parent contacts ({count})</source>
            <translation>Follow-ups and parent contacts ({count})</translation>
        </message>
        <message>
            <source>Nothing has been recorded for this entry yet.</source>
            <translation>Nothing has been recorded for this entry yet.</translation>
        </message>
        <message>
            <source>Addendum of {date} by {author}:</source>
            <translation>Addendum of {date} by {author}:</translation>
        </message>
        <message>
            <source>{kind} · {how}</source>
            <translation>{kind} · {how}</translation>
        </message>
        <message>
            <source>Recorded by {author}</source>
            <translation>Recorded by {author}</translation>
        </message>
        <message>
            <source>Re-rating: {rating}</source>
            <translation>Re-rating: {rating}</translation>
        </message>
        <message>
            <source>Checked by the head of the counseling office</source>
            <translation>Checked by the head of the counseling office</translation>
        </message>
        <message>
            <source>{label}: {text}</source>
            <translation>{label}: {text}</translation>
        </message>
        <message>
            <source>Watch list</source>
            <translation>Watch list</translation>
        </message>
        <message>
            <source>Watch list: {scope}</source>
            <translation>Watch list: {scope}</translation>
        </message>
        <message>
            <source>Students listed</source>
            <translation>Students listed</translation>
        </message>
        <message>
            <source>Open entries</source>
            <translation>Open entries</translation>
        </message>
        <message>
            <source>By level</source>
            <translation>By level</translation>
        </message>
        <message>
            <source>{level} {count}</source>
            <translation>{level} {count}</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Names</translation>
        </message>
        <message>
            <source>masked (王*明, last four digits of the number)</source>
            <translation>masked (王*明, last four digits of the number)</translation>
        </message>
        <message>
            <source>in full, as asked for by the person printing (recorded in the audit trail)</source>
            <translation>in full, as asked for by the person printing (recorded in the audit trail)</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Printed on</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Next review</translation>
        </message>
        <message>
            <source>No open entry.</source>
            <translation>No open entry.</translation>
        </message>
        <message>
            <source>Compiled by</source>
            <translation>Compiled by</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Checked by</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Confidential</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>No. {number}</translation>
        </message>
        <message>
            <source>Individual support plan of a watch-list student</source>
            <translation>Individual support plan of a watch-list student</translation>
        </message>
        <message>
            <source>Watch-list student: notice for the head teacher</source>
            <translation>Watch-list student: notice for the head teacher</translation>
        </message>
        <message>
            <source>{title} ({number})</source>
            <translation>{title} ({number})</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Level of concern</source>
            <translation>Level of concern</translation>
        </message>
        <message>
            <source>Class of case</source>
            <translation>Class of case</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>On the list since</source>
            <translation>On the list since</translation>
        </message>
        <message>
            <source>Responsible people</source>
            <translation>Responsible people</translation>
        </message>
        <message>
            <source>Peer carer</source>
            <translation>Peer carer</translation>
        </message>
        <message>
            <source>Parent contact</source>
            <translation>Parent contact</translation>
        </message>
        <message>
            <source>The concern</source>
            <translation>The concern</translation>
        </message>
        <message>
            <source>1. The student</source>
            <translation>1. The student</translation>
        </message>
        <message>
            <source>2. The plan</source>
            <translation>2. The plan</translation>
        </message>
        <message>
            <source>3. Recent follow-ups</source>
            <translation>3. Recent follow-ups</translation>
        </message>
        <message>
            <source>4. Signatures</source>
            <translation>4. Signatures</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>version {version}</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>Written by</translation>
        </message>
        <message>
            <source>Written on</source>
            <translation>Written on</translation>
        </message>
        <message>
            <source>Electronic signature</source>
            <translation>Electronic signature</translation>
        </message>
        <message>
            <source>signed by the author, verified</source>
            <translation>signed by the author, verified</translation>
        </message>
        <message>
            <source>missing or not valid: check the plan in the application</source>
            <translation>missing or not valid: check the plan in the application</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Medication (as reported by the family)</source>
            <translation>Medication (as reported by the family)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>No plan has been written for this entry yet.</source>
            <translation>No plan has been written for this entry yet.</translation>
        </message>
        <message>
            <source>No measure.</source>
            <translation>No measure.</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>What is done</source>
            <translation>What is done</translation>
        </message>
        <message>
            <source>Carried out by</source>
            <translation>Carried out by</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Frequency</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Re-rating</source>
            <translation>Re-rating</translation>
        </message>
        <message>
            <source>{count} follow-ups in all; the latest {shown} are listed. What was seen is in the follow-up record.</source>
            <translation>{count} follow-ups in all; the latest {shown} are listed. What was seen is in the follow-up record.</translation>
        </message>
        <message>
            <source>No follow-up yet.</source>
            <translation>No follow-up yet.</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>Counselor</translation>
        </message>
        <message>
            <source>Head teacher</source>
            <translation>Head teacher</translation>
        </message>
        <message>
            <source>Parent or guardian</source>
            <translation>Parent or guardian</translation>
        </message>
        <message>
            <source>Head of the counseling office</source>
            <translation>Head of the counseling office</translation>
        </message>
        <message>
            <source>School leader</source>
            <translation>School leader</translation>
        </message>
        <message>
            <source>Whom to call</source>
            <translation>Whom to call</translation>
        </message>
        <message>
            <source>Also responsible</source>
            <translation>Also responsible</translation>
        </message>
        <message>
            <source>Call the counselor at once when you notice any of the signs below, or when you are unsure.</source>
            <translation>Call the counselor at once when you notice any of the signs below, or when you are unsure.</translation>
        </message>
        <message>
            <source>What to watch for</source>
            <translation>What to watch for</translation>
        </message>
        <message>
            <source>What the school does</source>
            <translation>What the school does</translation>
        </message>
        <message>
            <source>Ask the counselor what a measure means for your class.</source>
            <translation>Ask the counselor what a measure means for your class.</translation>
        </message>
        <message>
            <source>In an emergency (the student talks of ending their life, hurts themselves or has gone missing): stay with the student or have someone stay, keep dangerous objects away, call the counselor and the school leader on duty and inform the parents; call 110 or 120 when life is in danger.</source>
            <translation>In an emergency (the student talks of ending their life, hurts themselves or has gone missing): stay with the student or have someone stay, keep dangerous objects away, call the counselor and the school leader on duty and inform the parents; call 110 or 120 when life is in danger.</translation>
        </message>
        <message>
            <source>This notice is for the head teacher's work only: keep it locked away, do not copy or photograph it, and do not tell other students or anyone not involved. Give it back to the counseling office when the student leaves the list.</source>
            <translation>This notice is for the head teacher's work only: keep it locked away, do not copy or photograph it, and do not tell other students or anyone not involved. Give it back to the counseling office when the student leaves the list.</translation>
        </message>
        <message>
            <source>Received by the head teacher</source>
            <translation>Received by the head teacher</translation>
        </message>
        <message>
            <source>Handed over by the counselor</source>
            <translation>Handed over by the counselor</translation>
        </message>
        <message>
            <source>{duty}: {name} {phone}</source>
            <translation>{duty}: {name} {phone}</translation>
        </message>
        <message>
            <source>Low mood that lasts, crying easily, or unusual irritability</source>
            <translation>Low mood that lasts, crying easily, or unusual irritability</translation>
        </message>
        <message>
            <source>Absences, lateness or requests for leave without a clear reason</source>
            <translation>Absences, lateness or requests for leave without a clear reason</translation>
        </message>
        <message>
            <source>Keeping away from classmates, no longer joining in class activities</source>
            <translation>Keeping away from classmates, no longer joining in class activities</translation>
        </message>
        <message>
            <source>A sudden drop in marks or in homework handed in</source>
            <translation>A sudden drop in marks or in homework handed in</translation>
        </message>
        <message>
            <source>Marked changes in sleep or appetite; looking exhausted in class</source>
            <translation>Marked changes in sleep or appetite; looking exhausted in class</translation>
        </message>
        <message>
            <source>Talking or writing about death or self-harm (also in essays, diaries, online)</source>
            <translation>Talking or writing about death or self-harm (also in essays, diaries, online)</translation>
        </message>
        <message>
            <source>Unexplained injuries; collecting medicines, blades or other dangerous objects</source>
            <translation>Unexplained injuries; collecting medicines, blades or other dangerous objects</translation>
        </message>
        <message>
            <source>Giving away treasured things, saying goodbye, putting affairs in order</source>
            <translation>Giving away treasured things, saying goodbye, putting affairs in order</translation>
        </message>
        <message>
            <source>A major upset: family trouble, a break-up, a serious conflict, a failed exam</source>
            <translation>A major upset: family trouble, a break-up, a serious conflict, a failed exam</translation>
        </message>
        <message>
            <source>W {year}-{place}</source>
            <translation>W {year}-{place}</translation>
        </message>
        <message>
            <source>not yet judged</source>
            <translation>not yet judged</translation>
        </message>
        <message>
            <source>{day} (overdue)</source>
            <translation>{day} (overdue)</translation>
        </message>
        <message>
            <source>{state} ({day})</source>
            <translation>{state} ({day})</translation>
        </message>
        <message>
            <source>{name} ({relation}) {phone}</source>
            <translation>{name} ({relation}) {phone}</translation>
        </message>
        <message>
            <source>the whole school</source>
            <translation>the whole school</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Contact with the parents</source>
            <translation>Contact with the parents</translation>
        </message>
        <message>
            <source>What was seen</source>
            <translation>What was seen</translation>
        </message>
        <message>
            <source>Talked to</source>
            <translation>Talked to</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>What was communicated</source>
            <translation>What was communicated</translation>
        </message>
        <message>
            <source>The family's support</source>
            <translation>The family's support</translation>
        </message>
        <message>
            <source>What was agreed</source>
            <translation>What was agreed</translation>
        </message>
        <message>
            <source>Next contact</source>
            <translation>Next contact</translation>
        </message>
        <message>
            <source>{code} ({name})</source>
            <translation>{code} ({name})</translation>
        </message>
    </context>
    <context>
        <name>WatchDuty</name>
        <message>
            <source>counselor</source>
            <translation>counselor</translation>
        </message>
        <message>
            <source>head teacher or instructor</source>
            <translation>head teacher or instructor</translation>
        </message>
        <message>
            <source>school leader</source>
            <translation>school leader</translation>
        </message>
    </context>
    <context>
        <name>WatchExport</name>
        <message>
            <source>Watch list</source>
            <translation>Watch list</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>Student number</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Class of case</source>
            <translation>Class of case</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Responsible people</source>
            <translation>Responsible people</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Next review</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Opened on</translation>
        </message>
        <message>
            <source>What is overdue</source>
            <translation>What is overdue</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>WatchField</name>
        <message>
            <source>The concern</source>
            <translation>The concern</translation>
        </message>
        <message>
            <source>The reason</source>
            <translation>The reason</translation>
        </message>
        <message>
            <source>The parent's name</source>
            <translation>The parent's name</translation>
        </message>
        <message>
            <source>The relation</source>
            <translation>The relation</translation>
        </message>
        <message>
            <source>The reference of the record</source>
            <translation>The reference of the record</translation>
        </message>
        <message>
            <source>The explanation</source>
            <translation>The explanation</translation>
        </message>
        <message>
            <source>The goal</source>
            <translation>The goal</translation>
        </message>
        <message>
            <source>The medication</source>
            <translation>The medication</translation>
        </message>
        <message>
            <source>The notes</source>
            <translation>The notes</translation>
        </message>
        <message>
            <source>A measure's description</source>
            <translation>A measure's description</translation>
        </message>
        <message>
            <source>The frequency</source>
            <translation>The frequency</translation>
        </message>
        <message>
            <source>The owner</source>
            <translation>The owner</translation>
        </message>
        <message>
            <source>What was seen</source>
            <translation>What was seen</translation>
        </message>
        <message>
            <source>The family's support</source>
            <translation>The family's support</translation>
        </message>
        <message>
            <source>What was communicated</source>
            <translation>What was communicated</translation>
        </message>
        <message>
            <source>The agreements</source>
            <translation>The agreements</translation>
        </message>
    </context>
    <context>
        <name>WatchLevel</name>
        <message>
            <source>general concern</source>
            <translation>general concern</translation>
        </message>
        <message>
            <source>close concern</source>
            <translation>close concern</translation>
        </message>
        <message>
            <source>high risk</source>
            <translation>high risk</translation>
        </message>
    </context>
    <context>
        <name>WatchListWords</name>
        <message>
            <source>undecided</source>
            <translation>undecided</translation>
        </message>
        <message>
            <source>{state} (closing to approve)</source>
            <translation>{state} (closing to approve)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>WatchOverdue</name>
        <message>
            <source>review date passed</source>
            <translation>review date passed</translation>
        </message>
        <message>
            <source>plan measure past its due date</source>
            <translation>plan measure past its due date</translation>
        </message>
        <message>
            <source>no responsible counselor</source>
            <translation>no responsible counselor</translation>
        </message>
        <message>
            <source>no plan yet</source>
            <translation>no plan yet</translation>
        </message>
        <message>
            <source>responsible person to replace</source>
            <translation>responsible person to replace</translation>
        </message>
        <message>
            <source>student left the school</source>
            <translation>student left the school</translation>
        </message>
    </context>
    <context>
        <name>WatchPage</name>
        <message>
            <source>Put on the watch list…</source>
            <translation>Put on the watch list…</translation>
        </message>
        <message>
            <source>Put a student on the watch list: find the student by number or name, then say why.</source>
            <translation>Put a student on the watch list: find the student by number or name, then say why.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Student number, name, pinyin initials or a responsible person</source>
            <translation>Student number, name, pinyin initials or a responsible person</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>All levels</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>All states</translation>
        </message>
        <message>
            <source>Open (to review, following up, observing)</source>
            <translation>Open (to review, following up, observing)</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <source>Entries whose review date passed without a follow-up, a plan measure passed its due date, or without a responsible counselor or a plan a week after they were opened.</source>
            <translation>Entries whose review date passed without a follow-up, a plan measure passed its due date, or without a responsible counselor or a plan a week after they were opened.</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>All classes</translation>
        </message>
        <message>
            <source>All responsible people</source>
            <translation>All responsible people</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>All sources</translation>
        </message>
        <message>
            <source>Student no.</source>
            <translation>Student no.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Mild or severe (policy §8); undecided until the review.</source>
            <translation>Mild or severe (policy §8); undecided until the review.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>The risk level; sorted most serious first.</source>
            <translation>The risk level; sorted most serious first.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Next review</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>{duty}: {name}</source>
            <translation>{duty}: {name}</translation>
        </message>
        <message>
            <source>closed {day}</source>
            <translation>closed {day}</translation>
        </message>
        <message>
            <source>Double-click an entry (or press Enter) to open it. Click a column header to sort.</source>
            <translation>Double-click an entry (or press Enter) to open it. Click a column header to sort.</translation>
        </message>
        <message>
            <source>{shown} shown · {open} open, {overdue} overdue</source>
            <translation>{shown} shown · {open} open, {overdue} overdue</translation>
        </message>
        <message>
            <source>Loading the watch list…</source>
            <translation>Loading the watch list…</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>All departments</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>All grades</translation>
        </message>
    </context>
    <context>
        <name>WatchPlan</name>
        <message>
            <source>signed ✓</source>
            <translation>signed ✓</translation>
        </message>
        <message>
            <source>⚠ the author's signature is missing or does not match: the text may have been changed outside the app</source>
            <translation>⚠ the author's signature is missing or does not match: the text may have been changed outside the app</translation>
        </message>
        <message>
            <source>Version {version} · written by {author} on {day} · {signed}</source>
            <translation>Version {version} · written by {author} on {day} · {signed}</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>What is done</source>
            <translation>What is done</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Frequency</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>Medication (as the family reports it)</source>
            <translation>Medication (as the family reports it)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>WatchSection</name>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Next review</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Open entry</source>
            <translation>Open entry</translation>
        </message>
        <message>
            <source>Put on the watch list…</source>
            <translation>Put on the watch list…</translation>
        </message>
        <message>
            <source>This student has never been on the watch list.</source>
            <translation>This student has never been on the watch list.</translation>
        </message>
    </context>
    <context>
        <name>WatchSeverity</name>
        <message>
            <source>mild</source>
            <translation>mild</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>severe</translation>
        </message>
    </context>
    <context>
        <name>WatchSource</name>
        <message>
            <source>staff or student cadre check</source>
            <translation>staff or student cadre check</translation>
        </message>
        <message>
            <source>psychological screening</source>
            <translation>psychological screening</translation>
        </message>
        <message>
            <source>home-school communication</source>
            <translation>home-school communication</translation>
        </message>
        <message>
            <source>medical-school liaison</source>
            <translation>medical-school liaison</translation>
        </message>
        <message>
            <source>student asked for help</source>
            <translation>student asked for help</translation>
        </message>
    </context>
    <context>
        <name>WatchState</name>
        <message>
            <source>to review</source>
            <translation>to review</translation>
        </message>
        <message>
            <source>following up</source>
            <translation>following up</translation>
        </message>
        <message>
            <source>observing</source>
            <translation>observing</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
    </context>
    <context>
        <name>WatchWords</name>
        <message>
            <source>not yet decided</source>
            <translation>not yet decided</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>{main} ({aside})</source>
            <translation>{main} ({aside})</translation>
        </message>
        <message>
            <source>a former staff member</source>
            <translation>a former staff member</translation>
        </message>
        <message>
            <source>{duty} {name}</source>
            <translation>{duty} {name}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nobody</translation>
        </message>
        <message>
            <source>Put on the watch list: {level}, {state}</source>
            <translation>Put on the watch list: {level}, {state}</translation>
        </message>
        <message>
            <source>Level: {old} → {new}</source>
            <translation>Level: {old} → {new}</translation>
        </message>
        <message>
            <source>Re-rated at the follow-up of {day}</source>
            <translation>Re-rated at the follow-up of {day}</translation>
        </message>
        <message>
            <source>Class: {old} → {new}</source>
            <translation>Class: {old} → {new}</translation>
        </message>
        <message>
            <source>State: {old} → {new}</source>
            <translation>State: {old} → {new}</translation>
        </message>
        <message>
            <source>Responsible people: {old} → {new}</source>
            <translation>Responsible people: {old} → {new}</translation>
        </message>
        <message>
            <source>Closing asked: {reason}</source>
            <translation>Closing asked: {reason}</translation>
        </message>
        <message>
            <source>Closing request withdrawn</source>
            <translation>Closing request withdrawn</translation>
        </message>
        <message>
            <source>Closing request sent back</source>
            <translation>Closing request sent back</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Reopened: level {old} → {new}</source>
            <translation>Reopened: level {old} → {new}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Screening result</source>
            <translation>Screening result</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Observation</translation>
        </message>
        <message>
            <source>Parent contact</source>
            <translation>Parent contact</translation>
        </message>
        <message>
            <source>Hospital receipt</source>
            <translation>Hospital receipt</translation>
        </message>
    </context>
    <context>
        <name>WeekGrid</name>
        <message>
            <source>make-up workday</source>
            <translation>make-up workday</translation>
        </message>
        <message>
            <source>weekend</source>
            <translation>weekend</translation>
        </message>
        <message>
            <source>no school</source>
            <translation>no school</translation>
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <source>Monday</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sunday</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>This computer has no counseling office yet. The next pages set one up: the school's profile, the office head's account and the recovery key.

Everything is stored encrypted on this computer. Nothing is sent anywhere.</source>
            <translation>This computer has no counseling office yet. The next pages set one up: the school's profile, the office head's account and the recovery key.

Everything is stored encrypted on this computer. Nothing is sent anywhere.</translation>
        </message>
        <message>
            <source>Just looking? A demo office holds invented students and staff only.</source>
            <translation>Just looking? A demo office holds invented students and staff only.</translation>
        </message>
        <message>
            <source>Create a demo office instead</source>
            <translation>Create a demo office instead</translation>
        </message>
    </context>
    <context>
        <name>YearDialog</name>
        <message>
            <source>Edit school year</source>
            <translation>Edit school year</translation>
        </message>
        <message>
            <source>Add a school year</source>
            <translation>Add a school year</translation>
        </message>
        <message>
            <source>e.g. 2026-2027</source>
            <translation>e.g. 2026-2027</translation>
        </message>
        <message>
            <source>School year:</source>
            <translation>School year:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>To:</translation>
        </message>
        <message>
            <source>First semester</source>
            <translation>First semester</translation>
        </message>
        <message>
            <source>Second semester</source>
            <translation>Second semester</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>to:</translation>
        </message>
        <message>
            <source>A semester runs from its first to its last day of teaching; holidays between them are taken from the calendar.</source>
            <translation>A semester runs from its first to its last day of teaching; holidays between them are taken from the calendar.</translation>
        </message>
    </context>
    <context>
        <name>YearResourcesDialog</name>
        <message>
            <source>Funding, venue and partner hospital</source>
            <translation>Funding, venue and partner hospital</translation>
        </message>
        <message>
            <source>Funding this school year (yuan):</source>
            <translation>Funding this school year (yuan):</translation>
        </message>
        <message>
            <source>empty: not known</source>
            <translation>empty: not known</translation>
        </message>
        <message>
            <source>Counseling rooms:</source>
            <translation>Counseling rooms:</translation>
        </message>
        <message>
            <source>Venue area (m²):</source>
            <translation>Venue area (m²):</translation>
        </message>
        <message>
            <source>Mental-health course credits:</source>
            <translation>Mental-health course credits:</translation>
        </message>
        <message>
            <source>Partner mental-health institution:</source>
            <translation>Partner mental-health institution:</translation>
        </message>
        <message>
            <source>A hospital of the referrals' directory with a cooperation agreement counts as a partner too.</source>
            <translation>A hospital of the referrals' directory with a cooperation agreement counts as a partner too.</translation>
        </message>
    </context>
</TS>
