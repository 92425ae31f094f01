<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AbandonDialog</name>
        <message>
            <source>Abandon the meeting</source>
            <translation>放弃会议</translation>
        </message>
        <message>
            <source>The meeting is kept with the reason, but none of its decisions reaches the watch list; the grade may then hold another meeting this month.</source>
            <translation>会议记录连同放弃原因会保留，但其中的决定不会写入重点关注清单；该年级本月可另行召开研判会。</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>e.g. postponed: the grade's exams</source>
            <translation>如：因年级考试延期</translation>
        </message>
        <message>
            <source>Give the reason why the meeting is abandoned.</source>
            <translation>请填写放弃会议的原因。</translation>
        </message>
    </context>
    <context>
        <name>AccessReport</name>
        <message>
            <source>Student record access report</source>
            <translation>学生档案访问记录报告</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>学生</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>学籍状态</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>时段</translation>
        </message>
        <message>
            <source>{since} to {until}</source>
            <translation>{since} 至 {until}</translation>
        </message>
        <message>
            <source>Made by</source>
            <translation>生成人</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>This report lists what the office's audit trail recorded about this student in the period: every view, change, print and export of the student's records, and every refused attempt, with who did it and when. The audit trail is append-only and hash-chained; the numbers in the first column are its entry numbers, which the audit trail page shows as well.</source>
            <translation>本报告列出审计日志在所选时段内记录的与该学生有关的全部操作：对其记录的每一次查看、修改、打印和导出，以及每一次被拒绝的尝试，并注明操作人和时间。审计日志只能追加，并以哈希链防篡改；第一列的序号即审计日志中的条目号，可在“审计日志”页核对。</translation>
        </message>
        <message>
            <source>1. Actions on this student's records ({count})</source>
            <translation>一、对该学生记录的操作（{count} 条）</translation>
        </message>
        <message>
            <source>Nothing was recorded about this student in the period.</source>
            <translation>该时段内没有与该学生有关的记录。</translation>
        </message>
        <message>
            <source>Only the newest {count} entries are listed; choose a shorter period for the others.</source>
            <translation>仅列出最新的 {count} 条；其余记录请缩短时段后另行生成。</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>2. Lists and exports of the whole register</source>
            <translation>二、涉及全体学生名册的操作</translation>
        </message>
        <message>
            <source>These actions showed or wrote many students at once (the student list, roster exports and imports, the year rollover); this student's register entry may have been among them. They are counted per person.</source>
            <translation>以下操作一次显示或写出许多学生（学生名册、名册导出与导入、学年升级），该学生的名册信息可能包含在内，按操作人分别统计。</translation>
        </message>
        <message>
            <source>None in the period.</source>
            <translation>该时段内没有。</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>次数</translation>
        </message>
        <message>
            <source>First</source>
            <translation>首次</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>最近一次</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>核查人</translation>
        </message>
    </context>
    <context>
        <name>AddStudentDialog</name>
        <message>
            <source>Add a student to the agenda</source>
            <translation>添加学生到议程</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>学生：</translation>
        </message>
        <message>
            <source>Only students of {grade} can be discussed at this meeting. A student added by hand stays on the agenda when it is refreshed.</source>
            <translation>本次会议只研判{grade}的学生。手动添加的学生在刷新议程时会保留。</translation>
        </message>
        <message>
            <source>Choose the student: type the number or the name, then press Enter.</source>
            <translation>请选择学生：输入学号或姓名后按回车。</translation>
        </message>
    </context>
    <context>
        <name>AddendumDialog</name>
        <message>
            <source>Add a note</source>
            <translation>补充说明</translation>
        </message>
        <message>
            <source>To the follow-up of {day} ({how}, {author}):</source>
            <translation>补充到 {day} 的随访记录（{how}，{author}）：</translation>
        </message>
        <message>
            <source>To the parent contact of {day} ({person}, {author}):</source>
            <translation>补充到 {day} 的家校沟通记录（{person}，{author}）：</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>补充说明：</translation>
        </message>
        <message>
            <source>The correction or addition</source>
            <translation>更正或补充的内容</translation>
        </message>
        <message>
            <source>The note is dated today and signed with your name.</source>
            <translation>补充说明的日期为今天，并以您的名义签署；原记录保持不变。</translation>
        </message>
        <message>
            <source>Add an addendum</source>
            <translation>补充说明</translation>
        </message>
        <message>
            <source>Addendum:</source>
            <translation>补充说明：</translation>
        </message>
        <message>
            <source>The minutes stay as they were finalized; the addendum is dated today, signed with your name and printed with them.</source>
            <translation>已定稿的纪要不作改动；补充说明注明今天的日期并由您署名，与纪要一并打印。</translation>
        </message>
        <message>
            <source>Write the correction or addition.</source>
            <translation>请填写更正或补充的内容。</translation>
        </message>
    </context>
    <context>
        <name>AgendaTab</name>
        <message>
            <source>Student no.</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Why on the agenda</source>
            <translation>列入原因</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Last follow-up</source>
            <translation>最近随访</translation>
        </message>
        <message>
            <source>Measures due</source>
            <translation>到期措施</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>研判决定</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>（尚未决定）</translation>
        </message>
        <message>
            <source>Decision…</source>
            <translation>研判决定…</translation>
        </message>
        <message>
            <source>Clear the decision</source>
            <translation>清除决定</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移出议程</translation>
        </message>
        <message>
            <source>Add a student…</source>
            <translation>添加学生…</translation>
        </message>
        <message>
            <source>{count}, first by {day}</source>
            <translation>{count} 项，最早 {day} 到期</translation>
        </message>
        <message>
            <source>{type} · {owner} · by {day}</source>
            <translation>{type} · {owner} · {day} 前</translation>
        </message>
        <message>
            <source>Nobody is on the agenda yet. Add a student of the grade, or refresh the agenda from the watch list.</source>
            <translation>议程中还没有学生。可添加本年级学生，或根据重点关注清单刷新议程。</translation>
        </message>
        <message>
            <source>Nobody was on the agenda.</source>
            <translation>本次会议议程中没有学生。</translation>
        </message>
        <message>
            <source>{count} students, {decided} with a decision.</source>
            <translation>共 {count} 名学生，已作决定 {decided} 名。</translation>
        </message>
        <message>
            <source>Until the meeting starts, 'Refresh the agenda' builds it again from the watch list; students added by hand and decisions stay.</source>
            <translation>会议开始前，可点“刷新议程”根据重点关注清单重新生成议程；手动添加的学生和已作的决定会保留。</translation>
        </message>
        <message>
            <source>Drag a row (or use Move up / Move down) to change the order.</source>
            <translation>拖动某一行（或点“上移”“下移”）可调整顺序。</translation>
        </message>
    </context>
    <context>
        <name>AnswersDialog</name>
        <message>
            <source>Answers: {name}</source>
            <translation>作答：{name}</translation>
        </message>
        <message>
            <source>This sheet hit key item {items}. Say why you open its answers; the reason is recorded with your name.</source>
            <translation>这份答卷答中了关键题 {items}。请说明查看作答的理由；理由将与您的姓名一并记录。</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>理由：</translation>
        </message>
        <message>
            <source>e.g. preparing the interview with the student</source>
            <translation>例如：准备与该学生面谈</translation>
        </message>
        <message>
            <source>Show answers</source>
            <translation>显示作答</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>题号</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>题目</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>Say why you open the answers of this sheet.</source>
            <translation>请说明查看这份答卷作答的理由。</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Counseling Office Desk</source>
            <translation>心理辅导室工作台</translation>
        </message>
    </context>
    <context>
        <name>AppointmentConflict</name>
        <message>
            <source>The counselor already has an appointment from {start} to {end} on {day}.</source>
            <translation>该心理老师在 {day} {start}–{end} 已有预约。</translation>
        </message>
        <message>
            <source>The room is already booked from {start} to {end} on {day}.</source>
            <translation>该辅导室在 {day} {start}–{end} 已被预约。</translation>
        </message>
        <message>
            <source>A student of this appointment already has one from {start} to {end} on {day}.</source>
            <translation>该学生在 {day} {start}–{end} 已有预约。</translation>
        </message>
        <message>
            <source>The time is outside the counselor's available hours on this day.</source>
            <translation>该时间不在心理老师当天的可预约时段内。</translation>
        </message>
        <message>
            <source>This time is blocked ({reason}).</source>
            <translation>该时间已被占用（{reason}）。</translation>
        </message>
        <message>
            <source>{day} is not a school day (holiday, weekend or vacation).</source>
            <translation>{day} 不是上课日（节假日、周末或假期）。</translation>
        </message>
        <message>
            <source>The time falls in a class period ({start}–{end}): the student misses class.</source>
            <translation>该时间与上课时间（{start}–{end}）冲突：学生需要缺课。</translation>
        </message>
        <message>
            <source>The room holds {capacity} people; this appointment has {count}.</source>
            <translation>该辅导室最多容纳 {capacity} 人，本次预约有 {count} 人。</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <source>Appointment</source>
            <translation>预约详情</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>时间：</translation>
        </message>
        <message>
            <source>Students:</source>
            <translation>学生：</translation>
        </message>
        <message>
            <source>Kind and place:</source>
            <translation>形式与地点：</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>来访原因：</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>确认</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>已到</translation>
        </message>
        <message>
            <source>Session held</source>
            <translation>辅导完成</translation>
        </message>
        <message>
            <source>Did not come</source>
            <translation>未到</translation>
        </message>
        <message>
            <source>Student cancels</source>
            <translation>学生取消</translation>
        </message>
        <message>
            <source>Counselor cancels</source>
            <translation>老师取消</translation>
        </message>
        <message>
            <source>Part of a series; cancel or move:</source>
            <translation>周期辅导；取消或改期范围：</translation>
        </message>
        <message>
            <source>Why the miss is excused (sick leave, exam …)</source>
            <translation>准假原因（病假、考试……）</translation>
        </message>
        <message>
            <source>Excuse the miss</source>
            <translation>准假</translation>
        </message>
        <message>
            <source>Move here</source>
            <translation>改约到此时间</translation>
        </message>
        <message>
            <source>Move to:</source>
            <translation>改约到：</translation>
        </message>
        <message>
            <source>Session record…</source>
            <translation>填写辅导记录…</translation>
        </message>
        <message>
            <source>Print the slip…</source>
            <translation>打印预约单…</translation>
        </message>
        <message>
            <source>For the student or the head teacher: name, time and place, no reason.</source>
            <translation>交给学生或班主任：只有姓名、时间和地点，不含来访原因。</translation>
        </message>
        <message>
            <source>Consent form…</source>
            <translation>知情同意书…</translation>
        </message>
        <message>
            <source> (excused)</source>
            <translation>（已准假）</translation>
        </message>
        <message>
            <source>Open the session record…</source>
            <translation>打开辅导记录…</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>改约</translation>
        </message>
        <message>
            <source>state</source>
            <translation>状态变更</translation>
        </message>
        <message>
            <source>excused</source>
            <translation>准假</translation>
        </message>
        <message>
            <source>Cancel sessions of the series</source>
            <translation>取消周期辅导</translation>
        </message>
        <message>
            <source>Cancel {scope} of this series?</source>
            <translation>确定取消这组周期辅导的“{scope}”吗？</translation>
        </message>
        <message>
            <source>Cancel the appointment</source>
            <translation>取消预约</translation>
        </message>
        <message>
            <source>Cancel this appointment? Its time is offered to the waiting list.</source>
            <translation>确定取消这次预约吗？空出的时间将提供给候约名单中的学生。</translation>
        </message>
        <message>
            <source>Back to the waiting list</source>
            <translation>回到候约名单</translation>
        </message>
        <message>
            <source>This was the student's third unexcused miss: the coming appointments with this counselor are cancelled and the student is back on the waiting list.</source>
            <translation>这是该学生第三次无故未到：与该心理老师之后的预约已取消，学生已回到候约名单。</translation>
        </message>
        <message>
            <source>Move {scope} of this series {days} day(s) later, to {start}? Every session moves, or none does.</source>
            <translation>将这组周期辅导的“{scope}”推后 {days} 天、改到 {start} 吗？要么全部改期，要么都不改。</translation>
        </message>
        <message>
            <source>Move {scope} of this series {days} day(s) earlier, to {start}? Every session moves, or none does.</source>
            <translation>将这组周期辅导的“{scope}”提前 {days} 天、改到 {start} 吗？要么全部改期，要么都不改。</translation>
        </message>
        <message>
            <source>Move {scope} of this series to {start}, same day? Every session moves, or none does.</source>
            <translation>将这组周期辅导的“{scope}”改到当天 {start} 吗？要么全部改期，要么都不改。</translation>
        </message>
        <message>
            <source>Move sessions of the series</source>
            <translation>周期辅导改期</translation>
        </message>
        <message>
            <source>Appointment slip</source>
            <translation>预约单</translation>
        </message>
        <message>
            <source>appointment-slip-{day}</source>
            <translation>预约单-{day}</translation>
        </message>
        <message>
            <source>Consent form</source>
            <translation>知情同意书</translation>
        </message>
        <message>
            <source>consent-form</source>
            <translation>知情同意书</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDocs</name>
        <message>
            <source>Counseling appointment slip</source>
            <translation>心理辅导预约单</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>学生</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>心理老师</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>形式</translation>
        </message>
        <message>
            <source>Please come on time. If you cannot come, tell the counseling office at least {hours} hours before; coming more than {minutes} minutes late counts as a missed appointment.</source>
            <translation>请准时到达。如不能前来，请至少提前 {hours} 小时告知心理辅导室；迟到超过 {minutes} 分钟视为未到。</translation>
        </message>
        <message>
            <source>For the head teacher: please let the student leave for this time. The content of counseling is confidential.</source>
            <translation>请班主任在该时间准予学生前往。辅导内容保密。</translation>
        </message>
        <message>
            <source>Office copy</source>
            <translation>存根（辅导室留存）</translation>
        </message>
        <message>
            <source>Week schedule of appointments</source>
            <translation>一周预约安排</translation>
        </message>
        <message>
            <source>{counselor} · {start} to {end}</source>
            <translation>{counselor} · {start} 至 {end}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>学生</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>No appointment this week.</source>
            <translation>本周没有预约。</translation>
        </message>
        <message>
            <source>Informed consent to psychological counseling</source>
            <translation>心理辅导知情同意书</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>监护人</translation>
        </message>
        <message>
            <source>The school's counseling office offers {student} psychological counseling. Please read the following and sign to agree.</source>
            <translation>学校心理辅导室为 {student} 提供心理辅导。请阅读以下内容，同意后签字。</translation>
        </message>
        <message>
            <source>A session lasts about {minutes} minutes, usually once a week; at most {cap} sessions a semester.</source>
            <translation>每次辅导约 {minutes} 分钟，一般每周一次；每学期最多 {cap} 次。</translation>
        </message>
        <message>
            <source>Cancel at least {hours} hours ahead. Coming more than {late} minutes late counts as a missed session; after {misses} missed sessions without an excuse the student goes back to the waiting list.</source>
            <translation>如需取消，请至少提前 {hours} 小时告知。迟到超过 {late} 分钟视为未到；无故未到 {misses} 次后，学生将回到候约名单。</translation>
        </message>
        <message>
            <source>What is said in counseling is confidential. Exceptions: a serious danger to the student or to others, a duty under the law, and supervision of the counselor without names.</source>
            <translation>辅导内容严格保密。例外情况：学生可能严重伤害自己或他人、法律规定的报告义务，以及隐去姓名的专业督导。</translation>
        </message>
        <message>
            <source>The counselor keeps a confidential record of each session, open only to the counselor and the head of the counseling office.</source>
            <translation>心理老师为每次辅导保存保密记录，仅心理老师本人和心理辅导室负责人可以查看。</translation>
        </message>
        <message>
            <source>The student may end counseling at any time.</source>
            <translation>学生可以随时结束辅导。</translation>
        </message>
        <message>
            <source>The student is under 14: a guardian's consent is required.</source>
            <translation>学生未满 14 周岁，须经监护人同意。</translation>
        </message>
        <message>
            <source>I have read the above and agree.</source>
            <translation>我已阅读以上内容，并同意。</translation>
        </message>
    </context>
    <context>
        <name>AppointmentKind</name>
        <message>
            <source>individual</source>
            <translation>个体辅导</translation>
        </message>
        <message>
            <source>group</source>
            <translation>团体辅导</translation>
        </message>
        <message>
            <source>parent meeting</source>
            <translation>家长访谈</translation>
        </message>
        <message>
            <source>crisis</source>
            <translation>危机干预</translation>
        </message>
    </context>
    <context>
        <name>AppointmentMode</name>
        <message>
            <source>in the room</source>
            <translation>辅导室</translation>
        </message>
        <message>
            <source>online</source>
            <translation>线上</translation>
        </message>
    </context>
    <context>
        <name>AppointmentReferral</name>
        <message>
            <source>asked for help</source>
            <translation>主动求助</translation>
        </message>
        <message>
            <source>referred by the head teacher</source>
            <translation>班主任转介</translation>
        </message>
        <message>
            <source>parents' request</source>
            <translation>家长请求</translation>
        </message>
        <message>
            <source>noticed by staff</source>
            <translation>观察发现</translation>
        </message>
        <message>
            <source>screening</source>
            <translation>测评筛查</translation>
        </message>
        <message>
            <source>review meeting</source>
            <translation>研判会</translation>
        </message>
    </context>
    <context>
        <name>AppointmentRules</name>
        <message>
            <source>The length of a session (minutes)</source>
            <translation>每次辅导时长（分钟）</translation>
        </message>
        <message>
            <source>Cancel at least this many hours ahead</source>
            <translation>至少提前多少小时取消</translation>
        </message>
        <message>
            <source>Minutes late that count as missed</source>
            <translation>迟到多少分钟视为未到</translation>
        </message>
        <message>
            <source>Sessions per student per semester (0: no limit)</source>
            <translation>每名学生每学期辅导次数上限（0 为不限）</translation>
        </message>
        <message>
            <source>Unexcused misses that send a student back to the waiting list (0: never)</source>
            <translation>无故未到多少次回到候约名单（0 为不启用）</translation>
        </message>
        <message>
            <source>Hours a freed slot stays offered</source>
            <translation>空出时段为候约学生保留的小时数</translation>
        </message>
    </context>
    <context>
        <name>AppointmentState</name>
        <message>
            <source>booked</source>
            <translation>已预约</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>arrived</source>
            <translation>已到</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>did not come</source>
            <translation>未到</translation>
        </message>
        <message>
            <source>cancelled by the student</source>
            <translation>学生取消</translation>
        </message>
        <message>
            <source>cancelled by the counselor</source>
            <translation>老师取消</translation>
        </message>
        <message>
            <source>cancelled late</source>
            <translation>迟取消</translation>
        </message>
    </context>
    <context>
        <name>AppointmentWaitlist</name>
        <message>
            <source>Back on the waiting list after {count} unexcused misses.</source>
            <translation>无故未到 {count} 次后回到候约名单。</translation>
        </message>
    </context>
    <context>
        <name>AppointmentWords</name>
        <message>
            <source>{names} and {more} more</source>
            <translation>{names} 等{more}人</translation>
        </message>
        <message>
            <source>{day} {weekday} {start}–{end} {who} · {kind} · {place} · {state}</source>
            <translation>{day} {weekday} {start}–{end} {who} · {kind} · {place} · {state}</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>周日</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsPage</name>
        <message>
            <source>not on the watch list</source>
            <translation>未在重点关注清单</translation>
        </message>
        <message>
            <source>The week before</source>
            <translation>上一周</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>本周</translation>
        </message>
        <message>
            <source>The week after</source>
            <translation>下一周</translation>
        </message>
        <message>
            <source>Book…</source>
            <translation>预约…</translation>
        </message>
        <message>
            <source>Print the week…</source>
            <translation>打印本周安排…</translation>
        </message>
        <message>
            <source>Set-up…</source>
            <translation>预约设置…</translation>
        </message>
        <message>
            <source>Rooms, available hours and the office's rules</source>
            <translation>辅导室、可预约时段和预约规则</translation>
        </message>
        <message>
            <source>Double-click a free half hour to book it, an appointment to open it; drag an appointment to another time to move it.</source>
            <translation>双击空白时段预约，双击已有预约查看详情；把预约拖到其他时段即可改约。</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周视图</translation>
        </message>
        <message>
            <source>Offered slot taken: book it</source>
            <translation>学生接受空出时段：预约</translation>
        </message>
        <message>
            <source>Offered slot declined</source>
            <translation>学生不接受空出时段</translation>
        </message>
        <message>
            <source>The student does not take the offered time: the request waits again and the time is offered to the next fitting request</source>
            <translation>学生不接受所提供的空出时段：该候约重新排队，此时段提供给下一个合适的候约</translation>
        </message>
        <message>
            <source>Withdraw the request</source>
            <translation>撤回候约</translation>
        </message>
        <message>
            <source>Put on the waiting list…</source>
            <translation>加入候约…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>查看…</translation>
        </message>
        <message>
            <source>The whole request (a double-click on it does the same)</source>
            <translation>查看整条候约申请（双击该条也可）</translation>
        </message>
        <message>
            <source>Book for this request…</source>
            <translation>为此申请安排预约…</translation>
        </message>
        <message>
            <source>Book the chosen request at a time the office chooses: the request leaves the waiting list as booked</source>
            <translation>按办公室选定的时间为所选申请安排预约：该申请随即以“已预约”离开候约名单</translation>
        </message>
        <message>
            <source>Waiting list</source>
            <translation>候约名单</translation>
        </message>
        <message>
            <source>Records to write</source>
            <translation>待写辅导记录</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>个案</translation>
        </message>
        <message>
            <source>Room: {name}</source>
            <translation>辅导室：{name}</translation>
        </message>
        <message>
            <source>No counselor account yet: the office head adds counselors under Users.</source>
            <translation>还没有心理老师账号：请负责人在“用户管理”中添加。</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
        <message>
            <source>{n} appointment(s) this week</source>
            <translation>本周 {n} 个预约</translation>
        </message>
        <message>
            <source>URGENT (watch list): </source>
            <translation>紧急（重点关注）：</translation>
        </message>
        <message>
            <source>offered {day} {start}–{end}</source>
            <translation>已提供 {day} {start}–{end}</translation>
        </message>
        <message>
            <source>prefers {times}</source>
            <translation>希望时间 {times}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Waiting list ({n})</source>
            <translation>候约名单（{n}）</translation>
        </message>
        <message>
            <source>Records to write ({n})</source>
            <translation>待写辅导记录（{n}）</translation>
        </message>
        <message>
            <source>{no} {name} · {level} · last {last} · next {next} · {n} this semester</source>
            <translation>{no} {name} · {level} · 上次 {last} · 下次 {next} · 本学期 {n} 次</translation>
        </message>
        <message>
            <source>Week schedule</source>
            <translation>一周预约安排</translation>
        </message>
        <message>
            <source>week-{day}</source>
            <translation>一周预约安排-{day}</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsSection</name>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>形式</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>心理老师</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Open the appointment</source>
            <translation>查看预约</translation>
        </message>
        <message>
            <source>Book…</source>
            <translation>预约…</translation>
        </message>
        <message>
            <source>{n} appointment(s)</source>
            <translation>共 {n} 个预约</translation>
        </message>
        <message>
            <source>{n} session(s) this semester</source>
            <translation>本学期 {n} 次辅导</translation>
        </message>
    </context>
    <context>
        <name>ApproveDialog</name>
        <message>
            <source>Approve L {number}</source>
            <translation>审批 {number}</translation>
        </message>
        <message>
            <source>School approved on:</source>
            <translation>学校审批日期：</translation>
        </message>
        <message>
            <source>Approved by:</source>
            <translation>审批人：</translation>
        </message>
        <message>
            <source>The education bureau approved it</source>
            <translation>教育局已审批</translation>
        </message>
        <message>
            <source>Bureau approved on:</source>
            <translation>教育局审批日期：</translation>
        </message>
        <message>
            <source>Bureau document number:</source>
            <translation>教育局文号：</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>Attendance at the meeting</source>
            <translation>参会人员与出席</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出席情况</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Reason of the absence</source>
            <translation>缺席原因</translation>
        </message>
        <message>
            <source>Everyone present</source>
            <translation>未登记者全部出席</translation>
        </message>
        <message>
            <source>Take off the list</source>
            <translation>从名单中移除</translation>
        </message>
        <message>
            <source>Add from the staff</source>
            <translation>从教职工中添加</translation>
        </message>
        <message>
            <source>Staff member:</source>
            <translation>教职工：</translation>
        </message>
        <message>
            <source>Organisation, e.g. the city's mental health centre</source>
            <translation>单位，如：市精神卫生中心</translation>
        </message>
        <message>
            <source>Add an external expert</source>
            <translation>添加外请专家</translation>
        </message>
        <message>
            <source>Someone absent needs the reason; the minutes list the absences with their reasons and give signature lines to those present.</source>
            <translation>缺席须填写原因；会议纪要列出缺席人员及原因，并为出席人员留签名栏。</translation>
        </message>
        <message>
            <source>only when absent</source>
            <translation>缺席时填写</translation>
        </message>
        <message>
            <source>{name} is already on the list.</source>
            <translation>{name}已在名单中。</translation>
        </message>
        <message>
            <source>Write the expert's name.</source>
            <translation>请填写专家姓名。</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>（请选择）</translation>
        </message>
        <message>
            <source>Give the reason why {name} is absent.</source>
            <translation>请填写{name}的缺席原因。</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出席情况</translation>
        </message>
        <message>
            <source>Reason of the absence</source>
            <translation>缺席原因</translation>
        </message>
        <message>
            <source>Record attendance…</source>
            <translation>登记出席…</translation>
        </message>
        <message>
            <source>{count} people listed: {present} present, {absent} absent.</source>
            <translation>共列 {count} 人：出席 {present} 人，缺席 {absent} 人。</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>denied</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>(unknown login)</source>
            <translation>（不存在的登录名）</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <source>Office created</source>
            <translation>创建办公室</translation>
        </message>
        <message>
            <source>Demo data created</source>
            <translation>创建演示数据</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <source>User deactivated</source>
            <translation>停用用户</translation>
        </message>
        <message>
            <source>User reactivated</source>
            <translation>重新启用用户</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>更改角色</translation>
        </message>
        <message>
            <source>Login lockout lifted</source>
            <translation>解除登录锁定</translation>
        </message>
        <message>
            <source>Temporary password set</source>
            <translation>设置临时密码</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Login locked</source>
            <translation>登录名锁定</translation>
        </message>
        <message>
            <source>Login events summarized</source>
            <translation>登录事件过多（已汇总）</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>Password reset with the recovery key</source>
            <translation>用恢复密钥重设密码</translation>
        </message>
        <message>
            <source>Recovery key used</source>
            <translation>使用恢复密钥</translation>
        </message>
        <message>
            <source>Recovery key confirmed by typing it back</source>
            <translation>核对确认恢复密钥</translation>
        </message>
        <message>
            <source>New recovery key (the old one no longer opens the office)</source>
            <translation>更换恢复密钥（旧密钥不再能打开本办公室）</translation>
        </message>
        <message>
            <source>Password changed and the old one revoked (office re-keyed)</source>
            <translation>修改密码并吊销旧密码（已更换办公室密钥）</translation>
        </message>
        <message>
            <source>Office re-keyed (old key-slot copies no longer open it)</source>
            <translation>更换办公室密钥（旧的密钥槽副本不再能打开）</translation>
        </message>
        <message>
            <source>Office repaired (key slots made to match the accounts)</source>
            <translation>修复办公室（密钥槽与账户重新一致）</translation>
        </message>
        <message>
            <source>Key slot without an account removed</source>
            <translation>删除无对应账户的密钥槽</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>Integrity check</source>
            <translation>完整性校验</translation>
        </message>
        <message>
            <source>Database upgraded</source>
            <translation>数据库升级</translation>
        </message>
        <message>
            <source>Setting changed</source>
            <translation>修改设置</translation>
        </message>
        <message>
            <source>Data key exported</source>
            <translation>导出数据密钥</translation>
        </message>
        <message>
            <source>School profile changed</source>
            <translation>修改学校信息</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>锁定</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>解锁</translation>
        </message>
        <message>
            <source>Logged out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>Accounts signed by the office head for the first time</source>
            <translation>负责人首次签署账户名单</translation>
        </message>
        <message>
            <source>Audit trail found missing and re-created</source>
            <translation>发现审计日志缺失并已重建</translation>
        </message>
        <message>
            <source>Audit trail differs from this user's last record of it</source>
            <translation>审计日志与该用户上次的记录不符</translation>
        </message>
        <message>
            <source>Student added</source>
            <translation>添加学生</translation>
        </message>
        <message>
            <source>Student changed</source>
            <translation>修改学生信息</translation>
        </message>
        <message>
            <source>Student status changed</source>
            <translation>变更学籍状态</translation>
        </message>
        <message>
            <source>Student viewed</source>
            <translation>查看学生档案</translation>
        </message>
        <message>
            <source>Student list viewed</source>
            <translation>查看学生名册</translation>
        </message>
        <message>
            <source>Guardians' phones viewed (student list)</source>
            <translation>查看监护人电话（学生名册）</translation>
        </message>
        <message>
            <source>Student roster imported</source>
            <translation>导入学生名册</translation>
        </message>
        <message>
            <source>Student roster exported</source>
            <translation>导出学生名册</translation>
        </message>
        <message>
            <source>Year rollover</source>
            <translation>学年升级</translation>
        </message>
        <message>
            <source>Staff roster imported</source>
            <translation>导入教职工名册</translation>
        </message>
        <message>
            <source>Staff member added</source>
            <translation>新增教职工</translation>
        </message>
        <message>
            <source>Staff member changed</source>
            <translation>修改教职工信息</translation>
        </message>
        <message>
            <source>Staff member marked as left</source>
            <translation>教职工标记为离职</translation>
        </message>
        <message>
            <source>Staff member reactivated</source>
            <translation>教职工恢复在职</translation>
        </message>
        <message>
            <source>Staff list viewed</source>
            <translation>查看教职工名单</translation>
        </message>
        <message>
            <source>Staff member viewed</source>
            <translation>查看教职工信息</translation>
        </message>
        <message>
            <source>Account linked to a staff member</source>
            <translation>账户关联教职工</translation>
        </message>
        <message>
            <source>Class added</source>
            <translation>新增班级</translation>
        </message>
        <message>
            <source>Class renamed</source>
            <translation>班级改名</translation>
        </message>
        <message>
            <source>Class archived</source>
            <translation>班级归档</translation>
        </message>
        <message>
            <source>Class restored</source>
            <translation>班级恢复</translation>
        </message>
        <message>
            <source>Class list viewed</source>
            <translation>查看班级列表</translation>
        </message>
        <message>
            <source>School year added</source>
            <translation>新增学年</translation>
        </message>
        <message>
            <source>School year changed</source>
            <translation>修改学年</translation>
        </message>
        <message>
            <source>Holiday or make-up workday entered</source>
            <translation>录入放假或补班日</translation>
        </message>
        <message>
            <source>Holiday or make-up workday removed</source>
            <translation>删除放假或补班日</translation>
        </message>
        <message>
            <source>Holidays and make-up workdays imported</source>
            <translation>导入放假和补班日期</translation>
        </message>
        <message>
            <source>Audit trail viewed</source>
            <translation>查看审计日志</translation>
        </message>
        <message>
            <source>Access report made</source>
            <translation>生成访问记录报告</translation>
        </message>
        <message>
            <source>Watch list viewed</source>
            <translation>查看重点关注学生清单</translation>
        </message>
        <message>
            <source>Watch-list entry viewed</source>
            <translation>查看重点关注条目</translation>
        </message>
        <message>
            <source>Earlier plan version viewed</source>
            <translation>查看一人一策历史版本</translation>
        </message>
        <message>
            <source>Put on the watch list</source>
            <translation>纳入重点关注</translation>
        </message>
        <message>
            <source>Watch-list entry corrected</source>
            <translation>更正重点关注条目</translation>
        </message>
        <message>
            <source>Watch-list level changed</source>
            <translation>调整关注等级</translation>
        </message>
        <message>
            <source>Class of case changed</source>
            <translation>调整轻重症分类</translation>
        </message>
        <message>
            <source>Watch-list state changed</source>
            <translation>变更关注状态</translation>
        </message>
        <message>
            <source>Responsible people changed</source>
            <translation>变更包保人</translation>
        </message>
        <message>
            <source>Closing of a watch-list entry asked</source>
            <translation>申请关闭重点关注条目</translation>
        </message>
        <message>
            <source>Closing request withdrawn</source>
            <translation>撤回关闭申请</translation>
        </message>
        <message>
            <source>Watch-list entry closed</source>
            <translation>关闭重点关注条目</translation>
        </message>
        <message>
            <source>Closing request sent back</source>
            <translation>退回关闭申请</translation>
        </message>
        <message>
            <source>Watch-list entry reopened</source>
            <translation>重新启用重点关注条目</translation>
        </message>
        <message>
            <source>Plan written</source>
            <translation>制定一人一策</translation>
        </message>
        <message>
            <source>Plan measure updated</source>
            <translation>更新措施状态</translation>
        </message>
        <message>
            <source>Follow-up recorded</source>
            <translation>记录跟踪随访</translation>
        </message>
        <message>
            <source>Follow-up addendum recorded</source>
            <translation>补充跟踪记录</translation>
        </message>
        <message>
            <source>Parent contact recorded</source>
            <translation>记录家校沟通</translation>
        </message>
        <message>
            <source>Parent contact addendum recorded</source>
            <translation>补充家校沟通记录</translation>
        </message>
        <message>
            <source>Risk levels changed</source>
            <translation>修改关注等级设置</translation>
        </message>
        <message>
            <source>Watch list exported</source>
            <translation>导出重点关注学生清单</translation>
        </message>
        <message>
            <source>Watch list made with full names</source>
            <translation>生成含完整姓名的重点关注学生清单</translation>
        </message>
        <message>
            <source>Counseling room changed</source>
            <translation>辅导室已修改</translation>
        </message>
        <message>
            <source>Counselor's available hours changed</source>
            <translation>心理老师可预约时段已修改</translation>
        </message>
        <message>
            <source>Time blocked for appointments</source>
            <translation>已停约时段</translation>
        </message>
        <message>
            <source>Blocked time released</source>
            <translation>已取消停约</translation>
        </message>
        <message>
            <source>Appointment booked</source>
            <translation>已预约</translation>
        </message>
        <message>
            <source>Appointment moved</source>
            <translation>预约已改约</translation>
        </message>
        <message>
            <source>Appointment confirmed</source>
            <translation>预约已确认</translation>
        </message>
        <message>
            <source>Student arrived for an appointment</source>
            <translation>学生已到</translation>
        </message>
        <message>
            <source>Counseling session held</source>
            <translation>辅导已完成</translation>
        </message>
        <message>
            <source>Student did not come to an appointment</source>
            <translation>学生未到</translation>
        </message>
        <message>
            <source>Appointment cancelled</source>
            <translation>预约已取消</translation>
        </message>
        <message>
            <source>Missed appointment excused</source>
            <translation>未到已准假</translation>
        </message>
        <message>
            <source>Recurring sessions booked</source>
            <translation>已预约周期辅导</translation>
        </message>
        <message>
            <source>Sessions of a series cancelled</source>
            <translation>周期辅导已取消</translation>
        </message>
        <message>
            <source>Sessions of a series moved</source>
            <translation>周期辅导已改约</translation>
        </message>
        <message>
            <source>Put on the waiting list</source>
            <translation>已加入候约名单</translation>
        </message>
        <message>
            <source>Freed slot offered from the waiting list</source>
            <translation>空出时段已提供给候约学生</translation>
        </message>
        <message>
            <source>Waiting-list request booked</source>
            <translation>候约已预约</translation>
        </message>
        <message>
            <source>Offered slot declined</source>
            <translation>候约学生未接受空出时段</translation>
        </message>
        <message>
            <source>Waiting-list offers and requests lapsed</source>
            <translation>候约及空出时段已过期</translation>
        </message>
        <message>
            <source>Waiting-list request withdrawn</source>
            <translation>候约已撤回</translation>
        </message>
        <message>
            <source>Session record written</source>
            <translation>已填写辅导记录</translation>
        </message>
        <message>
            <source>Session record signed</source>
            <translation>辅导记录已签名</translation>
        </message>
        <message>
            <source>Session record addendum added</source>
            <translation>已添加辅导记录补充</translation>
        </message>
        <message>
            <source>Session record viewed</source>
            <translation>查看辅导记录</translation>
        </message>
        <message>
            <source>Appointment viewed</source>
            <translation>查看预约</translation>
        </message>
        <message>
            <source>Student's appointments viewed</source>
            <translation>查看学生的预约</translation>
        </message>
        <message>
            <source>Week of appointments viewed</source>
            <translation>查看一周预约</translation>
        </message>
        <message>
            <source>Today's appointments viewed</source>
            <translation>查看今日预约</translation>
        </message>
        <message>
            <source>Waiting-list request viewed</source>
            <translation>查看候约</translation>
        </message>
        <message>
            <source>Recurring sessions viewed</source>
            <translation>查看周期辅导</translation>
        </message>
        <message>
            <source>Caseload viewed</source>
            <translation>查看个案量</translation>
        </message>
        <message>
            <source>Hospital directory changed</source>
            <translation>医院名录已修改</translation>
        </message>
        <message>
            <source>Referral written</source>
            <translation>开具转介单（草稿）</translation>
        </message>
        <message>
            <source>Referral corrected</source>
            <translation>转介单已修改</translation>
        </message>
        <message>
            <source>Meeting with the parents about a referral recorded</source>
            <translation>记录转介家校会商</translation>
        </message>
        <message>
            <source>Referral issued</source>
            <translation>转介单已开具</translation>
        </message>
        <message>
            <source>Hospital visit of a referral recorded</source>
            <translation>记录转介就诊</translation>
        </message>
        <message>
            <source>Referral receipt entered</source>
            <translation>登记转介回执</translation>
        </message>
        <message>
            <source>Referral closed</source>
            <translation>转介已结案</translation>
        </message>
        <message>
            <source>Closed referral reopened</source>
            <translation>重新打开已结案的转介</translation>
        </message>
        <message>
            <source>Referrals listed</source>
            <translation>查看转介列表</translation>
        </message>
        <message>
            <source>Referral viewed</source>
            <translation>查看转介单</translation>
        </message>
        <message>
            <source>Leave or suspension applied for</source>
            <translation>登记请假/休学申请</translation>
        </message>
        <message>
            <source>Leave or suspension approved</source>
            <translation>请假/休学已批准</translation>
        </message>
        <message>
            <source>Leave or suspension withdrawn</source>
            <translation>请假/休学已撤回</translation>
        </message>
        <message>
            <source>Application to return to school received</source>
            <translation>收到复学申请</translation>
        </message>
        <message>
            <source>Return assessment meeting recorded</source>
            <translation>记录复学评估会</translation>
        </message>
        <message>
            <source>Back at school, support plan made</source>
            <translation>已复学，制定复学支持方案</translation>
        </message>
        <message>
            <source>Leaves and suspensions listed</source>
            <translation>查看请假/休学列表</translation>
        </message>
        <message>
            <source>Leave or suspension viewed</source>
            <translation>查看请假/休学记录</translation>
        </message>
        <message>
            <source>Crisis incident recorded</source>
            <translation>登记危机事件</translation>
        </message>
        <message>
            <source>Emergency-plan step recorded</source>
            <translation>记录应急预案步骤</translation>
        </message>
        <message>
            <source>Attempt to reach the parents recorded</source>
            <translation>记录联系家长</translation>
        </message>
        <message>
            <source>Crisis timeline entry added</source>
            <translation>添加危机事件经过记录</translation>
        </message>
        <message>
            <source>Breach of confidentiality recorded</source>
            <translation>记录保密例外</translation>
        </message>
        <message>
            <source>Crisis incident closed</source>
            <translation>危机事件已结案</translation>
        </message>
        <message>
            <source>Crisis incident closed by the head before its loop</source>
            <translation>主任在闭环完成前结案危机事件</translation>
        </message>
        <message>
            <source>Crisis incidents listed</source>
            <translation>查看危机事件列表</translation>
        </message>
        <message>
            <source>Crisis incident viewed</source>
            <translation>查看危机事件</translation>
        </message>
        <message>
            <source>Duty post changed</source>
            <translation>值班岗位已修改</translation>
        </message>
        <message>
            <source>Duty shift changed</source>
            <translation>值班班次已修改</translation>
        </message>
        <message>
            <source>Duty shift removed</source>
            <translation>值班班次已删除</translation>
        </message>
        <message>
            <source>Duty list changed</source>
            <translation>值班人员名单已修改</translation>
        </message>
        <message>
            <source>Unavailability for duty entered</source>
            <translation>已登记不可值班时间</translation>
        </message>
        <message>
            <source>Unavailability for duty removed</source>
            <translation>已删除不可值班时间</translation>
        </message>
        <message>
            <source>Timetable of a make-up workday chosen</source>
            <translation>已设定调休上班日所按课表</translation>
        </message>
        <message>
            <source>Duty set-up copied to another semester</source>
            <translation>值班设置已复制到另一学期</translation>
        </message>
        <message>
            <source>Duty roster generated</source>
            <translation>已生成值班表</translation>
        </message>
        <message>
            <source>Duty roster published</source>
            <translation>值班表已发布</translation>
        </message>
        <message>
            <source>Put on duty by hand</source>
            <translation>手动安排值班</translation>
        </message>
        <message>
            <source>Duty given to another person by hand</source>
            <translation>手动改由他人值班</translation>
        </message>
        <message>
            <source>Taken off duty by hand</source>
            <translation>手动取消值班</translation>
        </message>
        <message>
            <source>Duty swap asked</source>
            <translation>已申请换班</translation>
        </message>
        <message>
            <source>Duty cover asked</source>
            <translation>已申请代班</translation>
        </message>
        <message>
            <source>Duty swap accepted by the colleague</source>
            <translation>同事已同意换班</translation>
        </message>
        <message>
            <source>Duty swap declined by the colleague</source>
            <translation>同事已拒绝换班</translation>
        </message>
        <message>
            <source>Duty swap or cover request withdrawn</source>
            <translation>换班或代班申请已撤回</translation>
        </message>
        <message>
            <source>Duty swap or cover approved</source>
            <translation>换班或代班已批准</translation>
        </message>
        <message>
            <source>Duty swap or cover not approved</source>
            <translation>换班或代班未获批准</translation>
        </message>
        <message>
            <source>Duty log written</source>
            <translation>已填写值班记录</translation>
        </message>
        <message>
            <source>Contact recorded in the duty log</source>
            <translation>值班记录中已登记来访来电</translation>
        </message>
        <message>
            <source>Duty log signed</source>
            <translation>值班记录已签名</translation>
        </message>
        <message>
            <source>Duty log viewed</source>
            <translation>查看值班记录</translation>
        </message>
        <message>
            <source>Duty roster exported</source>
            <translation>值班表已导出</translation>
        </message>
        <message>
            <source>Unavailability for duty imported</source>
            <translation>已导入不可值班登记</translation>
        </message>
        <message>
            <source>Compliance record added</source>
            <translation>新增合规记录</translation>
        </message>
        <message>
            <source>Compliance record changed</source>
            <translation>修改合规记录</translation>
        </message>
        <message>
            <source>Compliance record removed</source>
            <translation>删除合规记录</translation>
        </message>
        <message>
            <source>Funding, venue and partner hospital of a school year saved</source>
            <translation>保存学年经费、场地与合作医院</translation>
        </message>
        <message>
            <source>Compliance records imported</source>
            <translation>导入合规记录</translation>
        </message>
        <message>
            <source>Compliance indicators viewed</source>
            <translation>查看督导指标</translation>
        </message>
        <message>
            <source>Policy profile applied to the thresholds</source>
            <translation>按政策方案设置指标</translation>
        </message>
        <message>
            <source>Report for the education bureau exported</source>
            <translation>导出教育局报送材料</translation>
        </message>
        <message>
            <source>Screening scale added</source>
            <translation>添加测评量表</translation>
        </message>
        <message>
            <source>Screening campaign created</source>
            <translation>创建测评批次</translation>
        </message>
        <message>
            <source>Screening disposition changed</source>
            <translation>更改学生测评状态</translation>
        </message>
        <message>
            <source>Screening results imported</source>
            <translation>导入测评结果</translation>
        </message>
        <message>
            <source>Screening candidates put on the watch list</source>
            <translation>测评筛查对象列入重点关注待复核</translation>
        </message>
        <message>
            <source>Screening result linked to the watch list</source>
            <translation>测评结果关联到重点关注条目</translation>
        </message>
        <message>
            <source>Screening results viewed</source>
            <translation>查看测评结果</translation>
        </message>
        <message>
            <source>Screening result viewed</source>
            <translation>查看单份测评结果</translation>
        </message>
        <message>
            <source>Screening answers viewed</source>
            <translation>查看测评作答</translation>
        </message>
        <message>
            <source>Screening candidates viewed</source>
            <translation>查看测评待复核名单</translation>
        </message>
        <message>
            <source>Screening results exported</source>
            <translation>导出测评结果</translation>
        </message>
        <message>
            <source>Review meeting prepared</source>
            <translation>研判会已准备</translation>
        </message>
        <message>
            <source>Review meeting details changed</source>
            <translation>研判会信息已修改</translation>
        </message>
        <message>
            <source>Review meeting: other matters written</source>
            <translation>研判会：已填写其他事项</translation>
        </message>
        <message>
            <source>Review meeting started</source>
            <translation>研判会已开始</translation>
        </message>
        <message>
            <source>Review meeting abandoned</source>
            <translation>研判会已放弃</translation>
        </message>
        <message>
            <source>Review meeting agenda rebuilt from the records</source>
            <translation>研判会议程已根据记录重新生成</translation>
        </message>
        <message>
            <source>Student added to a review meeting's agenda</source>
            <translation>学生已加入研判会议程</translation>
        </message>
        <message>
            <source>Student taken off a review meeting's agenda</source>
            <translation>学生已移出研判会议程</translation>
        </message>
        <message>
            <source>Review meeting agenda reordered</source>
            <translation>研判会议程已调整顺序</translation>
        </message>
        <message>
            <source>Review meeting attendance changed</source>
            <translation>研判会参会情况已修改</translation>
        </message>
        <message>
            <source>Review meeting decision recorded</source>
            <translation>已填写研判结论</translation>
        </message>
        <message>
            <source>Review meeting decision cleared</source>
            <translation>已清除研判结论</translation>
        </message>
        <message>
            <source>Review meeting finalized (decisions applied)</source>
            <translation>研判会已定稿（结论已执行）</translation>
        </message>
        <message>
            <source>Review meeting decision applied to the watch list</source>
            <translation>研判结论已应用于重点关注清单</translation>
        </message>
        <message>
            <source>Addendum to review meeting minutes</source>
            <translation>会议纪要补记</translation>
        </message>
        <message>
            <source>Referral opened from a review meeting's suggestion</source>
            <translation>已根据研判会建议开具转介</translation>
        </message>
        <message>
            <source>Review meeting viewed</source>
            <translation>查看研判会</translation>
        </message>
        <message>
            <source>Review meeting decision viewed</source>
            <translation>查看研判结论</translation>
        </message>
        <message>
            <source>Review meeting minutes read</source>
            <translation>阅读研判会会议纪要</translation>
        </message>
        <message>
            <source>Minutes made with the annex naming the students</source>
            <translation>生成附学生身份对照附件的研判会纪要</translation>
        </message>
        <message>
            <source>Review meetings of a school year viewed</source>
            <translation>查看学年研判会一览</translation>
        </message>
        <message>
            <source>Open actions of review meetings viewed</source>
            <translation>查看研判会未完成措施</translation>
        </message>
        <message>
            <source>Referral suggestions of review meetings viewed</source>
            <translation>查看研判会转介建议</translation>
        </message>
        <message>
            <source>Screening result removed</source>
            <translation>移除测评结果</translation>
        </message>
        <message>
            <source>Screening result moved to another student</source>
            <translation>测评结果改归另一名学生</translation>
        </message>
        <message>
            <source>Screening campaign rescored</source>
            <translation>测评重新计分</translation>
        </message>
        <message>
            <source>Students of a screening campaign listed</source>
            <translation>查看测评学生名单</translation>
        </message>
        <message>
            <source>Viewed: {document}</source>
            <translation>查看：{document}</translation>
        </message>
        <message>
            <source>Printed: {document}</source>
            <translation>打印：{document}</translation>
        </message>
        <message>
            <source>Saved as file: {document}</source>
            <translation>另存为文件：{document}</translation>
        </message>
        <message>
            <source>recovery-key sheet</source>
            <translation>恢复密钥页</translation>
        </message>
        <message>
            <source>student access report</source>
            <translation>学生档案访问记录报告</translation>
        </message>
        <message>
            <source>class list</source>
            <translation>班级学生名单</translation>
        </message>
        <message>
            <source>individual support plan (watch list)</source>
            <translation>重点关注学生一人一策</translation>
        </message>
        <message>
            <source>watch-list notice for the head teacher</source>
            <translation>重点关注学生班主任工作单</translation>
        </message>
        <message>
            <source>follow-up record (watch list)</source>
            <translation>重点关注学生跟踪记录</translation>
        </message>
        <message>
            <source>watch list of a grade or class</source>
            <translation>重点关注学生清单（年级或班级）</translation>
        </message>
        <message>
            <source>referral form with its receipt</source>
            <translation>心理转介单（含回执）</translation>
        </message>
        <message>
            <source>register of referrals out</source>
            <translation>转介出登记表</translation>
        </message>
        <message>
            <source>register of referral receipts</source>
            <translation>转介返回登记表</translation>
        </message>
        <message>
            <source>application and assessment for the return to school</source>
            <translation>复学申请及评估表</translation>
        </message>
        <message>
            <source>support plan after the return (head teacher)</source>
            <translation>复学支持方案（班主任）</translation>
        </message>
        <message>
            <source>crisis incident report (school leader)</source>
            <translation>危机事件报告（校领导）</translation>
        </message>
        <message>
            <source>crisis incident report (education bureau)</source>
            <translation>危机事件报告（教育局）</translation>
        </message>
        <message>
            <source>duty roster of a month</source>
            <translation>月值班表</translation>
        </message>
        <message>
            <source>appointment slip</source>
            <translation>预约单</translation>
        </message>
        <message>
            <source>a counselor's week of appointments</source>
            <translation>心理老师一周预约安排</translation>
        </message>
        <message>
            <source>consent form for counseling</source>
            <translation>心理辅导知情同意书</translation>
        </message>
        <message>
            <source>minutes of a review meeting</source>
            <translation>研判会会议纪要</translation>
        </message>
        <message>
            <source>sign-in sheet of a review meeting</source>
            <translation>研判会签到表</translation>
        </message>
        <message>
            <source>screening campaign summary (office)</source>
            <translation>心理测评汇总报告（辅导室版）</translation>
        </message>
        <message>
            <source>screening campaign summary (de-identified)</source>
            <translation>心理测评汇总报告（去标识版）</translation>
        </message>
        <message>
            <source>Refused: {permission}</source>
            <translation>拒绝：{permission}</translation>
        </message>
    </context>
    <context>
        <name>AuditDetail</name>
        <message>
            <source>wrong password</source>
            <translation>密码错误</translation>
        </message>
        <message>
            <source>attempt while locked</source>
            <translation>锁定期间尝试登录</translation>
        </message>
        <message>
            <source>attempt not finished</source>
            <translation>尝试未完成</translation>
        </message>
        <message>
            <source>locked for 15 minutes</source>
            <translation>锁定 15 分钟</translation>
        </message>
        <message>
            <source>account deactivated</source>
            <translation>账号已停用</translation>
        </message>
        <message>
            <source>no such account</source>
            <translation>无此账号</translation>
        </message>
        <message>
            <source>data key exported</source>
            <translation>已导出数据密钥</translation>
        </message>
        <message>
            <source>the audit chain was broken</source>
            <translation>审计链已断开</translation>
        </message>
        <message>
            <source>no key slot after the restore</source>
            <translation>恢复后无密钥槽</translation>
        </message>
        <message>
            <source>chosen by the user</source>
            <translation>用户指定</translation>
        </message>
        <message>
            <source>default</source>
            <translation>默认</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>could not write to the disk</source>
            <translation>无法写入磁盘</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>office data damaged</source>
            <translation>办公室数据损坏</translation>
        </message>
        <message>
            <source>role not signed by an office head</source>
            <translation>角色未经负责人签名</translation>
        </message>
        <message>
            <source>role or account changed without an office head's signature</source>
            <translation>角色或账户未经负责人签名被改动</translation>
        </message>
        <message>
            <source>signed list of accounts changed or replaced</source>
            <translation>已签名的账户名单被改动或替换</translation>
        </message>
        <message>
            <source>account key does not match the signed one</source>
            <translation>账户密钥与签名的不一致</translation>
        </message>
        <message>
            <source>role without the clinical key</source>
            <translation>该角色应持有临床密钥，但账户没有</translation>
        </message>
        <message>
            <source>entries removed from the end</source>
            <translation>末尾的记录被删除</translation>
        </message>
        <message>
            <source>entries rewritten</source>
            <translation>记录被改写</translation>
        </message>
        <message>
            <source>holiday</source>
            <translation>放假</translation>
        </message>
        <message>
            <source>make-up workday</source>
            <translation>补班</translation>
        </message>
        <message>
            <source>{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
            <translation>新增 {new}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}</translation>
        </message>
        <message>
            <source>{promoted} classes moved up, {graduated} classes graduated, {students} students graduated, {grades} grades created</source>
            <translation>升级班级 {promoted} 个，毕业班级 {graduated} 个，毕业学生 {students} 名，新建年级 {grades} 个</translation>
        </message>
        <message>
            <source>{count} students listed</source>
            <translation>列出 {count} 名学生</translation>
        </message>
        <message>
            <source>phones of {count} students shown</source>
            <translation>显示 {count} 名学生的监护人电话</translation>
        </message>
        <message>
            <source>{count} staff members listed</source>
            <translation>列出教职工 {count} 名</translation>
        </message>
        <message>
            <source>{count} classes listed</source>
            <translation>列出班级 {count} 个</translation>
        </message>
        <message>
            <source>{count} students exported</source>
            <translation>导出 {count} 人</translation>
        </message>
        <message>
            <source>{count} demo students</source>
            <translation>演示学生 {count} 名</translation>
        </message>
        <message>
            <source>{count} days imported</source>
            <translation>导入 {count} 天</translation>
        </message>
        <message>
            <source>{count} events not recorded one by one</source>
            <translation>{count} 条事件未逐条记录</translation>
        </message>
        <message>
            <source>{count} accounts</source>
            <translation>{count} 个账户</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
        <message>
            <source>{entries} entries shown</source>
            <translation>显示 {entries} 条</translation>
        </message>
        <message>
            <source>{count} entries listed</source>
            <translation>列出 {count} 条</translation>
        </message>
        <message>
            <source>{count} entries with full names</source>
            <translation>{count} 条，显示完整姓名</translation>
        </message>
        <message>
            <source>{imported} imported, {unchanged} unchanged, {rejected} rejected; {positives} positive, {key_hits} with a key item hit</source>
            <translation>导入 {imported} 份，未变 {unchanged} 份，拒绝 {rejected} 行；阳性 {positives} 份，命中关键题目 {key_hits} 份</translation>
        </message>
        <message>
            <source>{opened} new candidates, {linked} linked to open entries, {failed} not possible</source>
            <translation>新增待复核 {opened} 人，关联已有条目 {linked} 人，未能列入 {failed} 人</translation>
        </message>
        <message>
            <source>{count} results listed</source>
            <translation>列出 {count} 份结果</translation>
        </message>
        <message>
            <source>{count} candidates listed</source>
            <translation>列出 {count} 名待复核学生</translation>
        </message>
        <message>
            <source>{count} results exported</source>
            <translation>导出 {count} 份结果</translation>
        </message>
        <message>
            <source>{removed} key slots without an active account removed, {deactivated} accounts without a key slot deactivated</source>
            <translation>删除了 {removed} 个没有有效账户的密钥槽，停用了 {deactivated} 个没有密钥槽的账户</translation>
        </message>
        <message>
            <source>{count} meetings listed</source>
            <translation>列出 {count} 次会议</translation>
        </message>
        <message>
            <source>{count} agenda items shown</source>
            <translation>显示 {count} 项议程</translation>
        </message>
        <message>
            <source>{count} open actions listed</source>
            <translation>列出 {count} 项未完成措施</translation>
        </message>
        <message>
            <source>{count} suggestions listed</source>
            <translation>列出 {count} 条建议</translation>
        </message>
        <message>
            <source>{count} referrals listed</source>
            <translation>列出 {count} 条转介</translation>
        </message>
        <message>
            <source>{count} leaves listed</source>
            <translation>列出 {count} 条请假/休学</translation>
        </message>
        <message>
            <source>{count} incidents listed</source>
            <translation>列出 {count} 起事件</translation>
        </message>
        <message>
            <source>{count} records imported</source>
            <translation>导入 {count} 条记录</translation>
        </message>
        <message>
            <source>{since} to {until}, {entries} entries</source>
            <translation>{since} 至 {until}，共 {entries} 条</translation>
        </message>
        <message>
            <source>student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>boarding</source>
            <translation>住校</translation>
        </message>
        <message>
            <source>mental-health monitor</source>
            <translation>心理委员</translation>
        </message>
        <message>
            <source>dormitory</source>
            <translation>宿舍</translation>
        </message>
        <message>
            <source>guardians</source>
            <translation>监护人</translation>
        </message>
        <message>
            <source>changed: {fields}</source>
            <translation>修改了：{fields}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>review meeting #{value}</source>
            <translation>研判会 #{value}</translation>
        </message>
        <message>
            <source>watch-list entry #{value}</source>
            <translation>重点关注条目 #{value}</translation>
        </message>
        <message>
            <source>referral #{value}</source>
            <translation>转介 #{value}</translation>
        </message>
        <message>
            <source>leave of absence #{value}</source>
            <translation>请假/休学 #{value}</translation>
        </message>
        <message>
            <source>appointment #{value}</source>
            <translation>预约 #{value}</translation>
        </message>
        <message>
            <source>waiting-list request #{value}</source>
            <translation>候约申请 #{value}</translation>
        </message>
        <message>
            <source>offered to waiting-list request #{value}</source>
            <translation>已通知候约申请 #{value}</translation>
        </message>
        <message>
            <source>series of sessions #{value}</source>
            <translation>周期辅导 #{value}</translation>
        </message>
        <message>
            <source>screening result #{value}</source>
            <translation>测评结果 #{value}</translation>
        </message>
        <message>
            <source>screening campaign #{value}</source>
            <translation>测评批次 #{value}</translation>
        </message>
        <message>
            <source>student #{value}</source>
            <translation>学生 #{value}</translation>
        </message>
        <message>
            <source>agenda item #{value}</source>
            <translation>议程项 #{value}</translation>
        </message>
        <message>
            <source>decision #{value}</source>
            <translation>决定 #{value}</translation>
        </message>
        <message>
            <source>addendum #{value}</source>
            <translation>补记 #{value}</translation>
        </message>
        <message>
            <source>addendum to record #{value}</source>
            <translation>对记录 #{value} 的补记</translation>
        </message>
        <message>
            <source>follow-up #{value}</source>
            <translation>跟踪随访 #{value}</translation>
        </message>
        <message>
            <source>contact record #{value}</source>
            <translation>沟通记录 #{value}</translation>
        </message>
        <message>
            <source>measure #{value}</source>
            <translation>措施 #{value}</translation>
        </message>
        <message>
            <source>duty shift #{value}</source>
            <translation>值班班次 #{value}</translation>
        </message>
        <message>
            <source>duty #{value}</source>
            <translation>值班 #{value}</translation>
        </message>
        <message>
            <source>duty swap or cover #{value}</source>
            <translation>换班/代班 #{value}</translation>
        </message>
        <message>
            <source>swapped with duty #{value}</source>
            <translation>与值班 #{value} 对调</translation>
        </message>
        <message>
            <source>staff member #{value}</source>
            <translation>教职工 #{value}</translation>
        </message>
        <message>
            <source>copied from #{value}</source>
            <translation>复制自 #{value}</translation>
        </message>
        <message>
            <source>grade #{value}</source>
            <translation>年级 #{value}</translation>
        </message>
        <message>
            <source>session record #{value}</source>
            <translation>辅导记录 #{value}</translation>
        </message>
        <message>
            <source>crisis event #{value}</source>
            <translation>危机经过记录 #{value}</translation>
        </message>
        <message>
            <source>confidentiality exception #{value}</source>
            <translation>保密例外 #{value}</translation>
        </message>
        <message>
            <source>{value} agenda items</source>
            <translation>议程 {value} 项</translation>
        </message>
        <message>
            <source>{value} attendees</source>
            <translation>参会 {value} 人</translation>
        </message>
        <message>
            <source>{value} present</source>
            <translation>出席 {value} 人</translation>
        </message>
        <message>
            <source>{value} decisions</source>
            <translation>决定 {value} 项</translation>
        </message>
        <message>
            <source>{value} levels raised</source>
            <translation>升级 {value} 人</translation>
        </message>
        <message>
            <source>{value} levels lowered</source>
            <translation>降级 {value} 人</translation>
        </message>
        <message>
            <source>closed (and closings asked): {value}</source>
            <translation>关闭（及申请关闭）：{value}</translation>
        </message>
        <message>
            <source>{value} measures</source>
            <translation>措施 {value} 项</translation>
        </message>
        <message>
            <source>{value} shown</source>
            <translation>显示 {value} 条</translation>
        </message>
        <message>
            <source>{value} offers lapsed</source>
            <translation>{value} 个通知已过期</translation>
        </message>
        <message>
            <source>{value} requests expired</source>
            <translation>{value} 个候约申请已失效</translation>
        </message>
        <message>
            <source>meeting no. {value}</source>
            <translation>第 {value} 次会议</translation>
        </message>
        <message>
            <source>week of {value}</source>
            <translation>{value} 所在周</translation>
        </message>
        <message>
            <source>day {value}</source>
            <translation>日期 {value}</translation>
        </message>
        <message>
            <source>month {value}</source>
            <translation>月份 {value}</translation>
        </message>
        <message>
            <source>due {value}</source>
            <translation>期限 {value}</translation>
        </message>
        <message>
            <source>until {value}</source>
            <translation>至 {value}</translation>
        </message>
        <message>
            <source>arrived at {value}</source>
            <translation>到达时间 {value}</translation>
        </message>
        <message>
            <source>students: {value}</source>
            <translation>学生：{value}</translation>
        </message>
        <message>
            <source>purpose: {value}</source>
            <translation>用途：{value}</translation>
        </message>
        <message>
            <source>after {value} minutes</source>
            <translation>用时 {value} 分钟</translation>
        </message>
        <message>
            <source>{value} sessions</source>
            <translation>共 {value} 次</translation>
        </message>
        <message>
            <source>{value} skipped</source>
            <translation>跳过 {value} 次</translation>
        </message>
        <message>
            <source>{value} cancelled</source>
            <translation>取消 {value} 次</translation>
        </message>
        <message>
            <source>{value} moved</source>
            <translation>改期 {value} 次</translation>
        </message>
        <message>
            <source>{value} missed appointments</source>
            <translation>累计爽约 {value} 次</translation>
        </message>
        <message>
            <source>{value} time windows</source>
            <translation>{value} 个时段</translation>
        </message>
        <message>
            <source>{value} people on duty</source>
            <translation>值班人员 {value} 人</translation>
        </message>
        <message>
            <source>{value} duties without anyone</source>
            <translation>{value} 个班次无人值班</translation>
        </message>
        <message>
            <source>class periods of weekdays {value}</source>
            <translation>星期 {value} 的上课节次</translation>
        </message>
        <message>
            <source>kind: {value}</source>
            <translation>类型：{value}</translation>
        </message>
        <message>
            <source>advice: {value}</source>
            <translation>建议：{value}</translation>
        </message>
        <message>
            <source>reason: {value}</source>
            <translation>原因：{value}</translation>
        </message>
        <message>
            <source>level {value}</source>
            <translation>等级：{value}</translation>
        </message>
        <message>
            <source>plan version {value}</source>
            <translation>一人一策第 {value} 版</translation>
        </message>
        <message>
            <source>back to: {value}</source>
            <translation>退回至：{value}</translation>
        </message>
        <message>
            <source>which: {value}</source>
            <translation>范围：{value}</translation>
        </message>
        <message>
            <source>urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>form</source>
            <translation>表单</translation>
        </message>
        <message>
            <source>register</source>
            <translation>登记簿</translation>
        </message>
        <message>
            <source>report</source>
            <translation>报告</translation>
        </message>
        <message>
            <source>newly opened</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>with the names</source>
            <translation>含学生姓名</translation>
        </message>
        <message>
            <source>late</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>with a diagnosis</source>
            <translation>附诊断</translation>
        </message>
        <message>
            <source>offer</source>
            <translation>通知</translation>
        </message>
        <message>
            <source>lapsed</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>已失效</translation>
        </message>
        <message>
            <source>crisis</source>
            <translation>危机</translation>
        </message>
        <message>
            <source>finalizing</source>
            <translation>定稿</translation>
        </message>
        <message>
            <source>preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>已关联</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>added</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>{key}: {value}</source>
            <translation>{key}：{value}</translation>
        </message>
        <message>
            <source>{value} (unchanged)</source>
            <translation>{value}（未变）</translation>
        </message>
        <message>
            <source>reason: {text}</source>
            <translation>原因：{text}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>{old} → {new}</source>
            <translation>{old} → {new}</translation>
        </message>
        <message>
            <source>linked to {staff}</source>
            <translation>关联：{staff}</translation>
        </message>
        <message>
            <source>link removed</source>
            <translation>取消关联</translation>
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation>{minutes} 分钟</translation>
        </message>
        <message>
            <source>{count} problems found</source>
            <translation>发现 {count} 个问题</translation>
        </message>
        <message>
            <source>chain broken at entry {row}</source>
            <translation>审计链在第 {row} 条断开</translation>
        </message>
        <message>
            <source>purpose: {purpose}</source>
            <translation>用途：{purpose}</translation>
        </message>
        <message>
            <source>{count} entries, names masked</source>
            <translation>{count} 条，姓名已遮蔽</translation>
        </message>
        <message>
            <source>{count} entries, with full names</source>
            <translation>{count} 条，含完整姓名</translation>
        </message>
        <message>
            <source>entry #{id}</source>
            <translation>条目 #{id}</translation>
        </message>
        <message>
            <source>level {level}</source>
            <translation>等级：{level}</translation>
        </message>
        <message>
            <source>plan version {version}</source>
            <translation>一人一策第 {version} 版</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>All actions</source>
            <translation>全部操作</translation>
        </message>
        <message>
            <source>any document</source>
            <translation>任意文档</translation>
        </message>
        <message>
            <source>Refused (permission)</source>
            <translation>拒绝（权限不足）</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>筛选</translation>
        </message>
        <message>
            <source>Verify chain</source>
            <translation>校验审计链</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>用户：</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>操作：</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>从：</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>到：</translation>
        </message>
        <message>
            <source>Choose student…</source>
            <translation>选择学生…</translation>
        </message>
        <message>
            <source>Show all students</source>
            <translation>显示全部学生</translation>
        </message>
        <message>
            <source>Access report…</source>
            <translation>访问记录报告…</translation>
        </message>
        <message>
            <source>Who saw or changed this student's records in the period, as a PDF to print or keep (for the yearly compliance review)</source>
            <translation>该学生的记录在所选时段内被谁查看或修改，生成 PDF 供打印或留存（用于年度合规检查）</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>学生：</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全部用户</translation>
        </message>
        <message>
            <source>{count} entries shown (newest first, at most {limit}).</source>
            <translation>显示 {count} 条（最新在前，最多 {limit} 条）。</translation>
        </message>
        <message>
            <source>all students</source>
            <translation>全部学生</translation>
        </message>
        <message>
            <source>{name} ({number}, {klass})</source>
            <translation>{name}（{number}，{klass}）</translation>
        </message>
        <message>
            <source>Access report</source>
            <translation>访问记录报告</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>时段的结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>access-report-{date}</source>
            <translation>访问记录报告-{date}</translation>
        </message>
        <message>
            <source>The audit trail is intact: {rows} entries, the database passed every integrity check.
Chain head: {head}</source>
            <translation>审计日志完整：共 {rows} 条，数据库通过全部完整性检查。
链头：{head}</translation>
        </message>
        <message>
            <source>The audit trail is BROKEN at entry {row}. Restore a backup and investigate.</source>
            <translation>审计日志在第 {row} 条处断链。请恢复备份并调查原因。</translation>
        </message>
        <message>
            <source>The check found what is listed below. Look into it before relying on the records; a damaged database or trail is repaired by restoring a backup.</source>
            <translation>检查发现了下列问题。请先查明原因，再依赖这些记录；数据库或审计日志受损时，请恢复备份。</translation>
        </message>
        <message>
            <source>The database failed the integrity check ({count} problem(s)). Restore a backup.</source>
            <translation>数据库未通过完整性检查（{count} 个问题）。请恢复备份。</translation>
        </message>
    </context>
    <context>
        <name>AuditTarget</name>
        <message>
            <source>user</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>office</source>
            <translation>办公室</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>schema</source>
            <translation>数据结构</translation>
        </message>
        <message>
            <source>audit trail</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>student</source>
            <translation>学生</translation>
        </message>
        <message>
            <source>staff member</source>
            <translation>教职工</translation>
        </message>
        <message>
            <source>class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>school year</source>
            <translation>学年</translation>
        </message>
        <message>
            <source>calendar day</source>
            <translation>校历日期</translation>
        </message>
        <message>
            <source>school calendar</source>
            <translation>校历</translation>
        </message>
        <message>
            <source>semester</source>
            <translation>学期</translation>
        </message>
        <message>
            <source>duty roster</source>
            <translation>值班表</translation>
        </message>
        <message>
            <source>duty post</source>
            <translation>值班岗位</translation>
        </message>
        <message>
            <source>duty shift</source>
            <translation>值班班次</translation>
        </message>
        <message>
            <source>duty</source>
            <translation>值班</translation>
        </message>
        <message>
            <source>duty swap or cover</source>
            <translation>换班或代班</translation>
        </message>
        <message>
            <source>screening campaign</source>
            <translation>测评批次</translation>
        </message>
        <message>
            <source>screening scale</source>
            <translation>测评量表</translation>
        </message>
        <message>
            <source>screening result</source>
            <translation>测评结果</translation>
        </message>
        <message>
            <source>review meeting</source>
            <translation>研判会</translation>
        </message>
        <message>
            <source>grade or department</source>
            <translation>年级或院系</translation>
        </message>
        <message>
            <source>appointment</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>blocked time</source>
            <translation>停约时段</translation>
        </message>
        <message>
            <source>waiting-list request</source>
            <translation>候约申请</translation>
        </message>
        <message>
            <source>counseling room</source>
            <translation>辅导室</translation>
        </message>
        <message>
            <source>series of sessions</source>
            <translation>周期辅导</translation>
        </message>
        <message>
            <source>session record</source>
            <translation>辅导记录</translation>
        </message>
        <message>
            <source>education bureau report</source>
            <translation>教育局报送材料</translation>
        </message>
        <message>
            <source>compliance records</source>
            <translation>合规记录</translation>
        </message>
        <message>
            <source>partner hospital</source>
            <translation>合作医院</translation>
        </message>
        <message>
            <source>crisis incident</source>
            <translation>危机事件</translation>
        </message>
        <message>
            <source>leave of absence</source>
            <translation>请假/休学</translation>
        </message>
        <message>
            <source>referral</source>
            <translation>转介</translation>
        </message>
        <message>
            <source>watch list</source>
            <translation>重点关注清单</translation>
        </message>
        <message>
            <source>support plan</source>
            <translation>一人一策</translation>
        </message>
        <message>
            <source>plan measure</source>
            <translation>措施</translation>
        </message>
        <message>
            <source>follow-up</source>
            <translation>跟踪随访</translation>
        </message>
        <message>
            <source>parent contact</source>
            <translation>家校沟通</translation>
        </message>
        <message>
            <source>idle lock</source>
            <translation>空闲锁定</translation>
        </message>
        <message>
            <source>backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>font for printed documents</source>
            <translation>打印文档字体</translation>
        </message>
        <message>
            <source>policy thresholds</source>
            <translation>政策指标</translation>
        </message>
        <message>
            <source>student {name} ({number})</source>
            <translation>学生 {name}（{number}）</translation>
        </message>
        <message>
            <source>student #{id} (not in the register)</source>
            <translation>学生 #{id}（名册中无此学生）</translation>
        </message>
        <message>
            <source>staff member {name}</source>
            <translation>教职工 {name}</translation>
        </message>
        <message>
            <source>staff member #{id} (not in the register)</source>
            <translation>教职工 #{id}（名册中无此人）</translation>
        </message>
        <message>
            <source>class {name}</source>
            <translation>班级 {name}</translation>
        </message>
        <message>
            <source>class #{id} (no longer exists)</source>
            <translation>班级 #{id}（已不存在）</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Choose backup folder…</source>
            <translation>选择备份文件夹…</translation>
        </message>
        <message>
            <source>Use the default folder</source>
            <translation>使用默认文件夹</translation>
        </message>
        <message>
            <source>Restore the selected backup…</source>
            <translation>恢复所选备份…</translation>
        </message>
        <message>
            <source>Backups are encrypted like the office itself. Kept: every backup of the last two days, then one a day for 7 days, one a week for 4 weeks, one a month for 12 months. A USB drive kept apart from this computer protects against a broken disk.</source>
            <translation>备份与办公室数据一样经过加密。保留规则：最近两天的备份全部保留；此外最近 7 天每天一份，最近 4 周每周一份，最近 12 个月每月一份。把备份放在与本机分开保管的 U 盘上，可防硬盘损坏。</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>升级前自动备份</translation>
        </message>
        <message>
            <source>before the year rollover</source>
            <translation>学年升级前</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>The office's keys</source>
            <translation>办公室密钥</translation>
        </message>
        <message>
            <source>Re-keying gives the office a new data key and clinical key: every password in use works as before, while a password no longer in use — also with the key-slot file of an old backup — opens nothing of the office any more. A new recovery key replaces the sealed sheet: the old key stops opening the office and the backups made from now on.</source>
            <translation>更换密钥会为办公室生成新的数据密钥和临床密钥：正在使用的密码照常可用，不再使用的密码（即使配合旧备份中的密钥槽文件）再也打不开办公室的任何内容。生成新的恢复密钥会取代封存的恢复密钥页：旧密钥不再能打开本办公室和今后的备份。</translation>
        </message>
        <message>
            <source>Re-key the office…</source>
            <translation>更换办公室密钥…</translation>
        </message>
        <message>
            <source>New recovery key…</source>
            <translation>新的恢复密钥…</translation>
        </message>
        <message>
            <source>Re-key the office</source>
            <translation>更换办公室密钥</translation>
        </message>
        <message>
            <source>Give the office a new data key and a new clinical key now? Everyone keeps their password; a password no longer in use opens nothing any more. Backups made before still open as they did.</source>
            <translation>现在为办公室生成新的数据密钥和临床密钥吗？每个人的密码不变；不再使用的密码将什么也打不开。此前的备份仍可像以前一样打开。</translation>
        </message>
        <message>
            <source>Re-key</source>
            <translation>更换密钥</translation>
        </message>
        <message>
            <source>The office was re-keyed.</source>
            <translation>办公室密钥已更换。</translation>
        </message>
        <message>
            <source>New recovery key</source>
            <translation>新的恢复密钥</translation>
        </message>
        <message>
            <source>Make a new recovery key? The old key (the sealed sheet in the safe) stops opening the office and the backups made from now on. The new key is shown once: have the printer ready.</source>
            <translation>生成新的恢复密钥吗？旧密钥（保险柜中封存的恢复密钥页）将不再能打开本办公室和今后的备份。新密钥只显示一次：请准备好打印机。</translation>
        </message>
        <message>
            <source>Make a new key</source>
            <translation>生成新密钥</translation>
        </message>
        <message>
            <source>Backup folder: {folder}</source>
            <translation>备份文件夹：{folder}</translation>
        </message>
        <message>
            <source>Writing the encrypted backup…</source>
            <translation>正在写入加密备份…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>The backup was written: {name}</source>
            <translation>备份已写入：{name}</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>选择备份文件夹</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>Select a backup in the list first.</source>
            <translation>请先在列表中选择一份备份。</translation>
        </message>
        <message>
            <source>Replace ALL current records with the backup made {when}? Everything entered since then is no longer in the office (the replaced database is kept aside in the data folder).</source>
            <translation>确定用 {when} 的备份替换当前全部记录吗？此后录入的内容将不再出现在办公室数据中（被替换的数据库会另存在数据文件夹中）。</translation>
        </message>
        <message>
            <source>Confirm with your password to restore.</source>
            <translation>请输入您的密码以确认恢复。</translation>
        </message>
        <message>
            <source>The backup {name} was restored.</source>
            <translation>已恢复备份 {name}。</translation>
        </message>
    </context>
    <context>
        <name>BasicSection</name>
        <message>
            <source>boards at school</source>
            <translation>住校</translation>
        </message>
        <message>
            <source>day student</source>
            <translation>走读</translation>
        </message>
        <message>
            <source>dorm {dorm}</source>
            <translation>宿舍 {dorm}</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>no class</source>
            <translation>未分班</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>学籍状态</translation>
        </message>
        <message>
            <source>Lodging</source>
            <translation>住宿</translation>
        </message>
        <message>
            <source>Class role</source>
            <translation>班级职务</translation>
        </message>
        <message>
            <source>mental-health monitor of the class</source>
            <translation>班级心理委员</translation>
        </message>
    </context>
    <context>
        <name>BlocksTab</name>
        <message>
            <source>Remove the selected</source>
            <translation>删除所选</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>适用于：</translation>
        </message>
        <message>
            <source>From – to (empty: the whole day):</source>
            <translation>起止时间（留空为全天）：</translation>
        </message>
        <message>
            <source>e.g. training, repairs, school sports day</source>
            <translation>如：外出培训、场地维修、学校运动会</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>Block this time</source>
            <translation>设为不可预约</translation>
        </message>
        <message>
            <source>the whole office</source>
            <translation>整个辅导室</translation>
        </message>
        <message>
            <source>Room: {name}</source>
            <translation>辅导室：{name}</translation>
        </message>
        <message>
            <source>whole day</source>
            <translation>全天</translation>
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
            <translation>为候约申请安排预约</translation>
        </message>
        <message>
            <source>Book an appointment</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>学生：</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>形式：</translation>
        </message>
        <message>
            <source>Counselor:</source>
            <translation>心理老师：</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>开始时间：</translation>
        </message>
        <message>
            <source>Minutes:</source>
            <translation>时长（分钟）：</translation>
        </message>
        <message>
            <source>Where:</source>
            <translation>地点：</translation>
        </message>
        <message>
            <source>Room:</source>
            <translation>辅导室：</translation>
        </message>
        <message>
            <source>Repeat:</source>
            <translation>重复：</translation>
        </message>
        <message>
            <source>once</source>
            <translation>不重复</translation>
        </message>
        <message>
            <source>Sessions:</source>
            <translation>次数：</translation>
        </message>
        <message>
            <source>How the student came:</source>
            <translation>来访途径：</translation>
        </message>
        <message>
            <source>(not stated)</source>
            <translation>（未说明）</translation>
        </message>
        <message>
            <source>Reason (confidential):</source>
            <translation>来访原因（保密）：</translation>
        </message>
        <message>
            <source>Why more sessions than the semester's limit (only when the limit is reached)</source>
            <translation>超过本学期次数上限的理由（仅在达到上限时填写）</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>Choose the student first: type a number, a name or pinyin initials.</source>
            <translation>请先选择学生：输入学号、姓名或拼音首字母。</translation>
        </message>
        <message>
            <source>Choose the counselor.</source>
            <translation>请选择心理老师。</translation>
        </message>
        <message>
            <source>{n} sessions: {days}</source>
            <translation>共 {n} 次：{days}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Skipped (not a school day): {days}</source>
            <translation>跳过（非上课日）：{days}</translation>
        </message>
        <message>
            <source>{planned} is a day off: held on the make-up workday {held}</source>
            <translation>{planned} 放假：改在调休上班日 {held} 进行</translation>
        </message>
        <message>
            <source>A crisis never waits: it is booked over these conflicts.</source>
            <translation>危机干预不等待：忽略以上冲突直接预约。</translation>
        </message>
        <message>
            <source>No conflict: {start}–{end} is free.</source>
            <translation>没有冲突：{start}–{end} 可以预约。</translation>
        </message>
        <message>
            <source>This semester: {n} of {cap} sessions.</source>
            <translation>本学期已辅导 {n} 次，上限 {cap} 次。</translation>
        </message>
    </context>
    <context>
        <name>BureauDistrict</name>
        <message>
            <source>School</source>
            <translation>学校</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>单位代码</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>District table, {period}</source>
            <translation>区域汇总表（{period}）</translation>
        </message>
    </context>
    <context>
        <name>BureauExportDialog</name>
        <message>
            <source>Export for the education bureau</source>
            <translation>导出教育局报送材料</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Building the report…</source>
            <translation>正在生成报告…</translation>
        </message>
        <message>
            <source>The report holds counts only: no names, student numbers, birth dates or notes; a group of fewer than 5 students is shown as &lt;5. It is written as a PDF and as a 7z package of data files, both encrypted with one new password that is shown once.</source>
            <translation>报告只含统计数字：不含姓名、学号、出生日期和任何记录文字；不足 5 名学生的格子显示为 &lt;5。报告写成一个 PDF 和一个数据文件 7z 压缩包，两者用同一个新密码加密，密码只显示这一次。</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>期间：</translation>
        </message>
        <message>
            <source>e.g. autumn semester report to the district education bureau</source>
            <translation>例如：秋季学期向区教育局报送</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>用途：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Files:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Write the password down or print the slip now: it is not stored anywhere and cannot be shown again. Send it separately from the files (on paper or by phone).</source>
            <translation>请现在抄下密码或打印密码条：密码不保存在任何地方，无法再次显示。请与文件分开发送（纸条或电话告知）。</translation>
        </message>
        <message>
            <source>Print the password slip…</source>
            <translation>打印密码条…</translation>
        </message>
        <message>
            <source>Folder for the bureau's files</source>
            <translation>选择报送文件的保存文件夹</translation>
        </message>
        <message>
            <source>Report to the education bureau, {period}
Files: {pdf}, {package}
Password of both files: {password}
Open the PDF with any PDF reader, the 7z package with 7-Zip or WinRAR, with this password.</source>
            <translation>教育局报送材料，{period}
文件：{pdf}、{package}
两个文件的密码：{password}
用任意 PDF 阅读器打开 PDF，用 7-Zip 或 WinRAR 打开 7z 压缩包，输入此密码即可。</translation>
        </message>
    </context>
    <context>
        <name>BureauReport</name>
        <message>
            <source>Student mental-health work: report to the education bureau</source>
            <translation>学生心理健康工作报送（教育局）</translation>
        </message>
        <message>
            <source>Period: {period} ({start} to {end})</source>
            <translation>统计期间：{period}（{start} 至 {end}）</translation>
        </message>
        <message>
            <source>Generated {time} by Counseling Office Desk {version}</source>
            <translation>生成时间：{time}（心理辅导室工作台 {version}）</translation>
        </message>
        <message>
            <source>Unit code: {code}</source>
            <translation>单位代码：{code}</translation>
        </message>
        <message>
            <source>De-identified: counts of students only; a count from 1 to 4 is shown as &lt;5 and a rate built on it as —. No names, student numbers, dates of birth or notes.</source>
            <translation>已去标识：只含学生人数统计；1 至 4 人显示为 &lt;5，据此计算的比率显示为 —。不含姓名、学号、出生日期和记录文字。</translation>
        </message>
        <message>
            <source>In the charts a count shown as &lt;5 (1 to 4 students) is a hatched bar or an open marker on a grey stroke reaching 4, the most it can be, never 0; a rate shown as — is not drawn.</source>
            <translation>图表中显示为 &lt;5 的人数（1 至 4 人）画作斜线填充的柱或灰色竖条上的空心点，高至其最大可能值 4，而不是 0；显示为 — 的比率不绘制。</translation>
        </message>
        <message>
            <source>Some other numbers are hidden as well, shown as *, so that a count below 5 cannot be worked out from the totals; the charts do not draw them.</source>
            <translation>另有部分数字一并隐去（以 * 表示），以免由合计推算出小于 5 的人数；图中也不画出这些数字。</translation>
        </message>
        <message>
            <source>Counselors (full-time and part-time) are counted as the staff register stood on {day}: the register keeps no dates of employment, so a report on an earlier period counts the staff of that day.</source>
            <translation>专职、兼职心理教师人数按教职工名册在 {day} 的状态统计：名册不记录任职起止日期，因此以往时段的报告统计的也是这一天的人员。</translation>
        </message>
        <message>
            <source>No records in this period.</source>
            <translation>本期间无记录。</translation>
        </message>
        <message>
            <source>Not recorded with this version of the application.</source>
            <translation>本版本软件尚未记录此项。</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>各部分</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>部分</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>with data</source>
            <translation>有数据</translation>
        </message>
        <message>
            <source>Sections without data: {sections}</source>
            <translation>无数据的部分：{sections}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>{year} school year, semester {number}</source>
            <translation>{year}学年第{number}学期</translation>
        </message>
        <message>
            <source>{year} school year</source>
            <translation>{year}学年</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>年级</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>The §19 indicators</source>
            <translation>第十九条督导指标</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Records counted</source>
            <translation>依据记录数</translation>
        </message>
        <message>
            <source>Falling short</source>
            <translation>未达标数</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>督导指标</translation>
        </message>
        <message>
            <source>Risk levels by grade and month</source>
            <translation>各年级、各月风险等级</translation>
        </message>
        <message>
            <source>New watch-list entries by grade and risk level</source>
            <translation>新增重点关注学生（按年级和风险等级）</translation>
        </message>
        <message>
            <source>New watch-list entries by month and risk level</source>
            <translation>新增重点关注学生（按月份和风险等级）</translation>
        </message>
        <message>
            <source>New entries by grade and risk level</source>
            <translation>新增重点关注：年级 × 风险等级</translation>
        </message>
        <message>
            <source>New entries by month and risk level</source>
            <translation>新增重点关注：月份 × 风险等级</translation>
        </message>
        <message>
            <source>Screening coverage and positive rates by grade</source>
            <translation>各年级测评覆盖率与阳性率</translation>
        </message>
        <message>
            <source>Screening by grade (campaigns of the school year)</source>
            <translation>各年级心理测评（本学年测评）</translation>
        </message>
        <message>
            <source>To screen</source>
            <translation>应测</translation>
        </message>
        <message>
            <source>Screened</source>
            <translation>已测</translation>
        </message>
        <message>
            <source>Coverage %</source>
            <translation>覆盖率 %</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>阳性</translation>
        </message>
        <message>
            <source>Positive rate %</source>
            <translation>阳性率 %</translation>
        </message>
        <message>
            <source>Coverage and positive rate, %</source>
            <translation>覆盖率与阳性率（%）</translation>
        </message>
        <message>
            <source>Watch-list entries by source and outcome</source>
            <translation>重点关注学生的来源与结果</translation>
        </message>
        <message>
            <source>still open</source>
            <translation>仍在关注</translation>
        </message>
        <message>
            <source>New entries by source</source>
            <translation>新增重点关注（按来源）</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>New entries by outcome</source>
            <translation>新增重点关注（按结果）</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Leaves and returns</source>
            <translation>休学与复学</translation>
        </message>
        <message>
            <source>Status changes in the register by month</source>
            <translation>学籍状态变动（按月）</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>请假</translation>
        </message>
        <message>
            <source>Suspension</source>
            <translation>休学</translation>
        </message>
        <message>
            <source>Back at school</source>
            <translation>返校</translation>
        </message>
        <message>
            <source>Courses, family guidance, publicity and training</source>
            <translation>课程、家庭教育指导、宣传与培训</translation>
        </message>
        <message>
            <source>Mental-health lesson periods</source>
            <translation>心理健康课课时</translation>
        </message>
        <message>
            <source>Family guidance activities</source>
            <translation>家庭心理健康教育指导活动</translation>
        </message>
        <message>
            <source>Parents expected at them</source>
            <translation>应到家长</translation>
        </message>
        <message>
            <source>Parents present</source>
            <translation>实到家长</translation>
        </message>
        <message>
            <source>Publicity activities</source>
            <translation>宣传活动</translation>
        </message>
        <message>
            <source>Trainings taken by staff</source>
            <translation>教师参加培训次数</translation>
        </message>
        <message>
            <source>Training hours</source>
            <translation>培训学时</translation>
        </message>
        <message>
            <source>Supervision sessions</source>
            <translation>督导次数</translation>
        </message>
        <message>
            <source>Full-time counselors</source>
            <translation>专职心理教师</translation>
        </message>
        <message>
            <source>Part-time counselors</source>
            <translation>兼职心理教师</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Referrals and receipts</source>
            <translation>转介与回执</translation>
        </message>
        <message>
            <source>receipts overdue</source>
            <translation>回执逾期</translation>
        </message>
        <message>
            <source>Crisis incidents by type</source>
            <translation>危机事件（按类型）</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Counseling appointments per month</source>
            <translation>每月心理辅导预约</translation>
        </message>
        <message>
            <source>Review meetings held</source>
            <translation>召开的研判会</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <source>No header row was found: the file needs the columns 日期 (date) and 类型 (放假 or 补班), and may have 名称 (name).</source>
            <translation>未找到表头行：文件需要“日期”和“类型”（放假或补班）两列，可另有“名称”列。</translation>
        </message>
        <message>
            <source>No sheet of the workbook has a header row with the columns 日期 (date) and 类型 (放假 or 补班). Its sheets: {sheets}.</source>
            <translation>工作簿中没有哪个工作表有含“日期”和“类型”（放假或补班）两列的表头行。工作表有：{sheets}。</translation>
        </message>
        <message>
            <source>The file holds no days to import.</source>
            <translation>文件中没有可导入的日期。</translation>
        </message>
        <message>
            <source>The same date is already in row {lines}; that row counts.</source>
            <translation>与第{lines}行的日期相同，以该行为准。</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Type (放假 or 补班)</source>
            <translation>类型（放假或补班）</translation>
        </message>
        <message>
            <source>Name of the day</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>unknown type (use 放假, 补班 or 上班)</source>
            <translation>类型无法识别（请填写放假、补班或上班）</translation>
        </message>
        <message>
            <source>the year must be between 2000 and 2100</source>
            <translation>年份须在 2000 至 2100 之间</translation>
        </message>
        <message>
            <source>this day is a workday anyway (a make-up workday falls on a Saturday or Sunday)</source>
            <translation>这一天本来就是工作日（补班日应在周六或周日）</translation>
        </message>
        <message>
            <source>First semester</source>
            <translation>第一学期</translation>
        </message>
        <message>
            <source>Second semester</source>
            <translation>第二学期</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <source>Workday</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>Weekend</source>
            <translation>周末</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>放假</translation>
        </message>
        <message>
            <source>Make-up workday</source>
            <translation>补班</translation>
        </message>
        <message>
            <source>built-in calendar</source>
            <translation>内置日历</translation>
        </message>
        <message>
            <source>entered by the office</source>
            <translation>本室录入</translation>
        </message>
        <message>
            <source>{name} make-up</source>
            <translation>{name}补班</translation>
        </message>
        <message>
            <source>Day off</source>
            <translation>休</translation>
        </message>
        <message>
            <source>Make-up</source>
            <translation>班</translation>
        </message>
        <message>
            <source>{day} · today</source>
            <translation>{day} · 今天</translation>
        </message>
        <message>
            <source>outside the semesters</source>
            <translation>不在学期内</translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
    </context>
    <context>
        <name>CalendarImportDialog</name>
        <message>
            <source>Import holidays and make-up workdays</source>
            <translation>导入放假和补班日期</translation>
        </message>
        <message>
            <source>{count} day(s) imported for {years}.</source>
            <translation>已导入 {count} 天（{years} 年）。</translation>
        </message>
        <message>
            <source>{count} invalid row(s) left out.</source>
            <translation>{count} 个无效行未导入。</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>School years and semesters</source>
            <translation>学年与学期</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>学年</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>起止日期</translation>
        </message>
        <message>
            <source>Add school year…</source>
            <translation>新增学年…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Holidays and make-up workdays</source>
            <translation>节假日与调休</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>上个月</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>下个月</translation>
        </message>
        <message>
            <source>Add holiday or make-up workday…</source>
            <translation>添加放假或补班日…</translation>
        </message>
        <message>
            <source>Remove the office's entry</source>
            <translation>删除本室录入</translation>
        </message>
        <message>
            <source>Import from file…</source>
            <translation>从文件导入…</translation>
        </message>
        <message>
            <source>A csv or xlsx file with the columns 日期, 类型 (放假 or 补班) and 名称.</source>
            <translation>csv 或 xlsx 文件，列为：日期、类型（放假或补班）、名称。</translation>
        </message>
        <message>
            <source>No school year yet. Add one to see its calendar.</source>
            <translation>还没有学年。新增学年后即可查看校历。</translation>
        </message>
        <message>
            <source>{semester} ({dates})</source>
            <translation>{semester}（{dates}）</translation>
        </message>
        <message>
            <source>Whole school year</source>
            <translation>整个学年</translation>
        </message>
        <message>
            <source>School days: {list}</source>
            <translation>上课日：{list}</translation>
        </message>
        <message>
            <source>{semester} {count}</source>
            <translation>{semester} {count} 天</translation>
        </message>
        <message>
            <source>{month}/{year}</source>
            <translation>{year}年{month}月</translation>
        </message>
        <message>
            <source>{year} is not covered by the built-in holiday calendar. The {count} day(s) entered by the office are used; check them against the State Council's notice.</source>
            <translation>内置节假日日历尚未包含 {year} 年。目前使用本室录入的 {count} 天，请对照国务院办公厅的放假通知核对。</translation>
        </message>
        <message>
            <source>&lt;span style='background:#fde2e1;color:#b3261e'&gt;&amp;nbsp;Holiday&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style='background:#dbeafe;color:#1d4ed8'&gt;&amp;nbsp;Make-up workday&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style='background:#eef1f4'&gt;&amp;nbsp;Weekend&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;b&gt;bold&lt;/b&gt;: entered by the office &amp;nbsp; &lt;span style='color:#9aa5b1'&gt;grey&lt;/span&gt;: outside the semesters &amp;nbsp; &lt;span style='color:#2f6fae'&gt;&lt;b&gt;blue frame&lt;/b&gt;&lt;/span&gt;: today</source>
            <translation>&lt;span style='background:#fde2e1;color:#b3261e'&gt;&amp;nbsp;放假&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style='background:#dbeafe;color:#1d4ed8'&gt;&amp;nbsp;补班&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style='background:#eef1f4'&gt;&amp;nbsp;周末&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;b&gt;粗体&lt;/b&gt;：本室录入 &amp;nbsp; &lt;span style='color:#9aa5b1'&gt;灰色&lt;/span&gt;：不在学期内 &amp;nbsp; &lt;span style='color:#2f6fae'&gt;&lt;b&gt;蓝框&lt;/b&gt;&lt;/span&gt;：今天</translation>
        </message>
        <message>
            <source>{year} is not covered by the built-in holiday calendar yet. Enter or import that year's holidays and make-up workdays (from the State Council's notice); until then only Saturdays and Sundays count as days off.</source>
            <translation>内置节假日日历尚未包含 {year} 年。请按国务院办公厅的放假通知录入或导入该年的放假和补班日期；在此之前只把周六、周日算作休息日。</translation>
        </message>
        <message>
            <source>Remove the office's entry for {day}? The built-in calendar (or the usual week) applies to that day again.</source>
            <translation>删除本室对 {day} 的录入？该日将恢复按内置日历（或平常的周末）计算。</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>CampaignDialog</name>
        <message>
            <source>New screening campaign</source>
            <translation>新建测评</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>测评名称：</translation>
        </message>
        <message>
            <source>e.g. Grade 7 mental-health screening, autumn 2026</source>
            <translation>例如：2026年秋季七年级心理测评</translation>
        </message>
        <message>
            <source>Scale:</source>
            <translation>量表：</translation>
        </message>
        <message>
            <source>Grades and classes:</source>
            <translation>年级和班级：</translation>
        </message>
        <message>
            <source>First day:</source>
            <translation>开始日期：</translation>
        </message>
        <message>
            <source>Last day:</source>
            <translation>结束日期：</translation>
        </message>
        <message>
            <source>Every student of the chosen grades and classes who is in school becomes 'due'. Tick a whole grade, or single classes.</source>
            <translation>所选年级、班级的在校学生都列为“应测”。可勾选整个年级，也可只勾选个别班级。</translation>
        </message>
        <message>
            <source>{grade} (whole grade)</source>
            <translation>{grade}（整个年级）</translation>
        </message>
        <message>
            <source>Note: {warning}</source>
            <translation>提示：{warning}</translation>
        </message>
        <message>
            <source>Give the campaign a name.</source>
            <translation>请填写测评名称。</translation>
        </message>
        <message>
            <source>Tick the grades or classes the campaign screens.</source>
            <translation>请勾选本次测评的年级或班级。</translation>
        </message>
        <message>
            <source>The last day comes before the first.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
    </context>
    <context>
        <name>ChangesTab</name>
        <message>
            <source>Waiting for my answer</source>
            <translation>等我答复的</translation>
        </message>
        <message>
            <source>Waiting for the head's approval</source>
            <translation>待负责人审批的</translation>
        </message>
        <message>
            <source>All open requests</source>
            <translation>全部待处理的</translation>
        </message>
        <message>
            <source>All requests</source>
            <translation>全部申请</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>同意</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>撤回</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Do not approve</source>
            <translation>不批准</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>In exchange for</source>
            <translation>换来的值班</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Duty</source>
            <translation>值班</translation>
        </message>
        <message>
            <source>Colleague or replacement</source>
            <translation>同事／代班人</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>申请日期</translation>
        </message>
        <message>
            <source>{shown} request(s) shown · {total} in all</source>
            <translation>显示 {shown} 项申请 · 共 {total} 项</translation>
        </message>
        <message>
            <source>Swap accepted: it now waits for the office head's approval.</source>
            <translation>已同意换班，等待负责人审批。</translation>
        </message>
        <message>
            <source>Swap declined.</source>
            <translation>已拒绝换班。</translation>
        </message>
        <message>
            <source>Request withdrawn.</source>
            <translation>申请已撤回。</translation>
        </message>
        <message>
            <source>Approved: the roster has changed.</source>
            <translation>已批准，值班表已更新。</translation>
        </message>
        <message>
            <source>Not approved: the roster stays as it was.</source>
            <translation>未批准，值班表保持不变。</translation>
        </message>
    </context>
    <context>
        <name>ClassDialog</name>
        <message>
            <source>New class</source>
            <translation>新增班级</translation>
        </message>
        <message>
            <source>Rename class</source>
            <translation>班级改名</translation>
        </message>
        <message>
            <source>e.g. 3班 or 七年级(3)班</source>
            <translation>例如 3班 或 七年级(3)班</translation>
        </message>
        <message>
            <source>e.g. 软件工程2301班</source>
            <translation>例如 软件工程2301班</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>院系：</translation>
        </message>
        <message>
            <source>Grade:</source>
            <translation>年级：</translation>
        </message>
        <message>
            <source>Class:</source>
            <translation>班级：</translation>
        </message>
    </context>
    <context>
        <name>ClassRoster</name>
        <message>
            <source>Class list</source>
            <translation>班级学生名单</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>年级</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>院系</translation>
        </message>
        <message>
            <source>Head teacher</source>
            <translation>班主任</translation>
        </message>
        <message>
            <source>Instructor</source>
            <translation>辅导员</translation>
        </message>
        <message>
            <source>Mental-health monitors</source>
            <translation>心理委员</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>在读人数</translation>
        </message>
        <message>
            <source>{count} students</source>
            <translation>{count} 人</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>打印日期</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Boarding / day</source>
            <translation>住宿/走读</translation>
        </message>
        <message>
            <source>Guardians and phones</source>
            <translation>监护人及电话</translation>
        </message>
        <message>
            <source>No student is enrolled in this class.</source>
            <translation>本班没有在读学生。</translation>
        </message>
        <message>
            <source>Compiled by</source>
            <translation>制表人</translation>
        </message>
        <message>
            <source>boarder</source>
            <translation>住宿</translation>
        </message>
        <message>
            <source>day</source>
            <translation>走读</translation>
        </message>
        <message>
            <source>{name} ({relation}) {phone}</source>
            <translation>{name}（{relation}）{phone}</translation>
        </message>
    </context>
    <context>
        <name>ClassesPage</name>
        <message>
            <source>New class…</source>
            <translation>新增班级…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>改名…</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>归档</translation>
        </message>
        <message>
            <source>Print list…</source>
            <translation>打印名单…</translation>
        </message>
        <message>
            <source>Print the class list: the enrolled students with their guardians' phones.</source>
            <translation>打印班级学生名单：本班在读学生及其监护人电话。</translation>
        </message>
        <message>
            <source>Year rollover…</source>
            <translation>学年升级…</translation>
        </message>
        <message>
            <source>Once a year: every class moves up one grade and the top grade graduates, after an automatic backup.</source>
            <translation>每年一次：各班升一个年级，最高年级毕业；执行前自动备份。</translation>
        </message>
        <message>
            <source>Show archived classes</source>
            <translation>显示已归档班级</translation>
        </message>
        <message>
            <source>Only classes without head teacher or mental-health monitor</source>
            <translation>只看缺班主任或心理委员的班级</translation>
        </message>
        <message>
            <source>Class list</source>
            <translation>班级学生名单</translation>
        </message>
        <message>
            <source>class-list-{klass}</source>
            <translation>{klass}学生名单</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>年级</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name}（已归档）</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>在读人数</translation>
        </message>
        <message>
            <source>Grade leader</source>
            <translation>年级组长</translation>
        </message>
        <message>
            <source>Head teacher</source>
            <translation>班主任</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— 无 —</translation>
        </message>
        <message>
            <source>Mental-health monitors</source>
            <translation>心理委员</translation>
        </message>
        <message>
            <source>Click a column header to sort.</source>
            <translation>点击列标题排序。</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>院系</translation>
        </message>
        <message>
            <source>Department head</source>
            <translation>院系负责人</translation>
        </message>
        <message>
            <source>Instructor</source>
            <translation>辅导员</translation>
        </message>
        <message>
            <source>Only classes without instructor or mental-health monitor</source>
            <translation>只看缺辅导员或心理委员的班级</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>全部年级</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>全部院系</translation>
        </message>
        <message>
            <source>{classes} classes, {students} enrolled students</source>
            <translation>{classes} 个班级，在读学生 {students} 人</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Archive {klass}? It is no longer offered for students; its history stays.</source>
            <translation>归档 {klass}？归档后不再供学生选择，历史记录保留。</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Repeat it:</source>
            <translation>再输入一次：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Note: your password was given to you by the office head. Set your own with "counselor-app passwd".</source>
            <translation>提示：您的密码是办公室负责人设置的。请用 "counselor-app passwd" 设置您自己的密码。</translation>
        </message>
        <message>
            <source>Password for the new office head:</source>
            <translation>新办公室负责人的密码：</translation>
        </message>
        <message>
            <source>The office was created in {path}.</source>
            <translation>已在 {path} 创建办公室。</translation>
        </message>
        <message>
            <source>y</source>
            <translation>是</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是的</translation>
        </message>
        <message>
            <source>RECOVERY KEY (shown only this once):</source>
            <translation>恢复密钥（仅显示这一次）：</translation>
        </message>
        <message>
            <source>Write it down or print it, seal it in an envelope and keep it in the office safe. It unlocks the office when every password is forgotten; anyone who holds it can read the records.</source>
            <translation>请抄写或打印，装入信封密封，存放在办公室保险柜中。所有密码都遗忘时可用它解锁；持有它的人可以读取全部记录。</translation>
        </message>
        <message>
            <source>A demo office with {count} synthetic students was created in {path}.</source>
            <translation>已在 {path} 创建演示办公室，含 {count} 名虚构学生。</translation>
        </message>
        <message>
            <source>  login {login} ({role}), password {password}</source>
            <translation>  登录名 {login}（{role}），密码 {password}</translation>
        </message>
        <message>
            <source>office head: make the key slots match the accounts again (re-keying the office), then check again</source>
            <translation>办公室负责人：使密钥槽与账户重新一致（更换办公室密钥），然后再次检查</translation>
        </message>
        <message>
            <source>Nothing to repair in the key slots. What is listed below cannot be repaired here: a missing recovery key slot needs a new recovery key (counselor-app recovery rotate); damaged pages or records need a backup restored; the audit trail's findings are evidence.</source>
            <translation>密钥槽无需修复。下面列出的问题无法在这里修复：缺少恢复密钥槽需要生成新的恢复密钥（counselor-app recovery rotate）；损坏的数据页或记录需要恢复备份；审计日志的问题是证据，不作修改。</translation>
        </message>
        <message>
            <source>Repaired: {slots} key slot(s) without an active account removed, the office re-keyed.</source>
            <translation>已修复：删除了 {slots} 个没有有效账户的密钥槽，并更换了办公室密钥。</translation>
        </message>
        <message>
            <source>Repaired: {count} account(s) without a key slot deactivated (reactivate them with a new first password: counselor-app user reactivate).</source>
            <translation>已修复：停用了 {count} 个没有密钥槽的账户（可用新的初始密码重新启用：counselor-app user reactivate）。</translation>
        </message>
        <message>
            <source>Integrity check FAILED: {count} problem(s).</source>
            <translation>完整性检查未通过：{count} 个问题。</translation>
        </message>
        <message>
            <source>Integrity check passed (SQLCipher page check, SQLite integrity check, foreign keys).</source>
            <translation>完整性检查通过（SQLCipher 页校验、SQLite 完整性检查、外键）。</translation>
        </message>
        <message>
            <source>Audit trail BROKEN at row {row}.</source>
            <translation>审计日志在第 {row} 行断链。</translation>
        </message>
        <message>
            <source>Audit trail NOT confirmed: see the problems above.</source>
            <translation>审计日志未通过确认：见上面列出的问题。</translation>
        </message>
        <message>
            <source>Audit trail intact: {count} rows.</source>
            <translation>审计日志完整：共 {count} 行。</translation>
        </message>
        <message>
            <source>Audit chain head: {hash}</source>
            <translation>审计链头：{hash}</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>备份已写入：{path}</translation>
        </message>
        <message>
            <source>Restored the backup {name}. The replaced database was kept in the data folder.</source>
            <translation>已恢复备份 {name}。被替换的数据库保留在数据文件夹中。</translation>
        </message>
        <message>
            <source>Restored the backup {name} into the new data folder {folder}.</source>
            <translation>已将备份 {name} 恢复到新的数据文件夹 {folder}。</translation>
        </message>
        <message>
            <source>the old password may be known to someone: re-key the office at once, so that it opens nothing, not even with an old copy of the key-slot file (every backup holds one)</source>
            <translation>旧密码可能已被他人知道：立即更换办公室密钥，使旧密码什么也打不开，即使配合旧的密钥槽文件副本（每个备份中都有一份）也不行</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>当前密码：</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
        <message>
            <source>May the old password be known to someone? Then the office is re-keyed so that it opens nothing any more. [y/N]</source>
            <translation>旧密码是否可能已被他人知道？如是，将更换办公室密钥，使旧密码再也打不开任何内容。[y/N]</translation>
        </message>
        <message>
            <source>The password was changed and the old one revoked: the office was re-keyed, so the old password opens nothing, also not with an old copy of the key-slot file.</source>
            <translation>密码已修改，旧密码已吊销：办公室密钥已更换，旧密码什么也打不开，配合旧的密钥槽文件副本也不行。</translation>
        </message>
        <message>
            <source>The password was changed.</source>
            <translation>密码已修改。</translation>
        </message>
        <message>
            <source>Recovery key:</source>
            <translation>恢复密钥：</translation>
        </message>
        <message>
            <source>A new password was set for {login}.</source>
            <translation>已为 {login} 设置新密码。</translation>
        </message>
        <message>
            <source>WARNING: this key opens every record of the office. Do not save it in a file, do not send it; this export was recorded in the audit trail.</source>
            <translation>警告：此密钥可打开办公室的全部记录。请勿保存到文件，请勿发送；本次导出已记入审计日志。</translation>
        </message>
        <message>
            <source>active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>First password of the new user:</source>
            <translation>新用户的初始密码：</translation>
        </message>
        <message>
            <source>The account {login} was added.</source>
            <translation>已添加账号 {login}。</translation>
        </message>
        <message>
            <source>The account {login} was deactivated.</source>
            <translation>已停用账号 {login}。</translation>
        </message>
        <message>
            <source>New first password of the user:</source>
            <translation>该用户的新初始密码：</translation>
        </message>
        <message>
            <source>The account {login} was reactivated.</source>
            <translation>已重新启用账号 {login}。</translation>
        </message>
        <message>
            <source>row {line}: {reasons}</source>
            <translation>第{line}行：{reasons}</translation>
        </message>
        <message>
            <source>import a roster or screening results (xlsx, xls or csv)</source>
            <translation>导入名单或测评结果（xlsx、xls 或 csv）</translation>
        </message>
        <message>
            <source>Sheet read: {sheet} (choose another with --sheet).</source>
            <translation>读取的工作表：{sheet}（可用 --sheet 选择其他工作表）。</translation>
        </message>
        <message>
            <source>Checked, nothing written: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
            <translation>已检查，未写入任何数据：新增 {new} 人，更新 {updated} 人，未变 {unchanged} 人，拒绝 {rejected} 行。</translation>
        </message>
        <message>
            <source>{count} row(s) are not valid, so nothing was imported. Correct them, or run again with --skip-invalid.</source>
            <translation>有 {count} 行无效，因此没有导入任何数据。请改正这些行，或加上 --skip-invalid 再运行。</translation>
        </message>
        <message>
            <source>Nothing was imported: every row of the file is invalid ({rejected}).</source>
            <translation>没有导入任何数据：文件中的所有行都无效（{rejected} 行）。</translation>
        </message>
        <message>
            <source>Imported: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
            <translation>导入完成：新增 {new} 人，更新 {updated} 人，未变 {unchanged} 人，拒绝 {rejected} 行。</translation>
        </message>
        <message>
            <source>Student numbers corrected: {renumbered}; rows skipped: {skipped}.</source>
            <translation>已更正学号 {renumbered} 人；跳过 {skipped} 行。</translation>
        </message>
        <message>
            <source>Row(s) {lines} cannot take the corrected number (see above): choose --likely-same new or skip.</source>
            <translation>第 {lines} 行不能用于更正学号（原因见上）：请改用 --likely-same new 或 skip。</translation>
        </message>
        <message>
            <source>{count} row(s) look like students in the register under another student number (see above): choose with --likely-same renumber (correct their numbers), new (import them as new students) or skip.</source>
            <translation>有 {count} 行看起来是名册中已有的学生、只是学号不同（见上）：请用 --likely-same 选择 renumber（更正其学号）、new（作为新学生导入）或 skip（跳过）。</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>没有导入任何数据。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>New departments: {names}.</source>
            <translation>新建院系：{names}。</translation>
        </message>
        <message>
            <source>New grades: {names}.</source>
            <translation>新建年级：{names}。</translation>
        </message>
        <message>
            <source>New classes: {names}.</source>
            <translation>新建班级：{names}。</translation>
        </message>
        <message>
            <source>export the register, the watch list, screening results or the duty roster to xlsx</source>
            <translation>将学籍、重点关注学生清单、测评结果或值班表导出为 xlsx</translation>
        </message>
        <message>
            <source>Exported {count} student(s).</source>
            <translation>已导出 {count} 名学生。</translation>
        </message>
        <message>
            <source>Year rollover into the school year {year}:</source>
            <translation>学年升级，升入 {year} 学年：</translation>
        </message>
        <message>
            <source>to {grade} {klass}</source>
            <translation>升入 {grade} {klass}</translation>
        </message>
        <message>
            <source>stays</source>
            <translation>不变</translation>
        </message>
        <message>
            <source>graduates (kept in {grade})</source>
            <translation>毕业（归入 {grade}）</translation>
        </message>
        <message>
            <source>one year further, stays in {grade}</source>
            <translation>升一个年级（仍在 {grade}）</translation>
        </message>
        <message>
            <source>graduates, archived as {klass}</source>
            <translation>毕业，归档为 {klass}</translation>
        </message>
        <message>
            <source>{id}	{grade} {klass}	{what}	{count} student(s)</source>
            <translation>{id}	{grade} {klass}	{what}	{count} 名学生</translation>
        </message>
        <message>
            <source>Warning: {message}</source>
            <translation>警告：{message}</translation>
        </message>
        <message>
            <source>Note: {message}</source>
            <translation>提示：{message}</translation>
        </message>
        <message>
            <source>Problem: {message}</source>
            <translation>问题：{message}</translation>
        </message>
        <message>
            <source>{promoted} class(es) move up, {classes} class(es) graduate with {students} enrolled student(s).</source>
            <translation>{promoted} 个班级升级，{classes} 个班级毕业（在读学生 {students} 名）。</translation>
        </message>
        <message>
            <source>Nothing was changed: solve the problems first.</source>
            <translation>未做任何修改：请先解决上述问题。</translation>
        </message>
        <message>
            <source>Checked, nothing written: {summary}</source>
            <translation>已检查，未写入任何数据：{summary}</translation>
        </message>
        <message>
            <source>Nothing was changed: read the plan above (or run with --dry-run), then run again with --yes to apply it.</source>
            <translation>没有做任何更改：请先阅读上面的计划（或用 --dry-run 查看），再加上 --yes 运行以执行。</translation>
        </message>
        <message>
            <source>Rolled over into {year}: {summary}</source>
            <translation>已升入 {year} 学年：{summary}</translation>
        </message>
        <message>
            <source>The backup taken before it: {path}. To undo the rollover, restore that backup (counselor-app restore --from …).</source>
            <translation>升级前自动备份：{path}。如需撤销本次升级，请恢复该备份（counselor-app restore --from …）。</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>显示本帮助并退出</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>参数 %(argument_name)s：%(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>无法识别的参数：%s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>缺少必需的参数：%s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>参数 %s 中须给出一个</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>不能与参数 %s 同时使用</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>此选项不接受值：%r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>需要一个值</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>最多只能有一个值</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>至少需要一个值</translation>
        </message>
        <message>
            <source>expected %s argument(s)</source>
            <translation>需要 %s 个值</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>意外的选项：%s</translation>
        </message>
        <message>
            <source>invalid value: %(value)r</source>
            <translation>无效的值：%(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <source>unknown command %(parser_name)r (choose from %(choices)s)</source>
            <translation>未知的命令 %(parser_name)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <source>{heading}:</source>
            <translation>{heading}：</translation>
        </message>
        <message>
            <source>the office's data folder</source>
            <translation>办公室数据文件夹</translation>
        </message>
        <message>
            <source>language of messages</source>
            <translation>提示信息的语言</translation>
        </message>
        <message>
            <source>your login</source>
            <translation>您的登录名</translation>
        </message>
        <message>
            <source>read the password from standard input</source>
            <translation>从标准输入读取密码</translation>
        </message>
        <message>
            <source>Counseling Office Desk. Without a command, the application starts.</source>
            <translation>心理辅导室工作台。不带命令时启动图形界面。</translation>
        </message>
        <message>
            <source>show the program's version number and exit</source>
            <translation>显示程序版本号并退出</translation>
        </message>
        <message>
            <source>“{name}” is a command, but it stands where the data folder belongs: write --data-dir and the folder, then the command; for a folder called {name}, write --data-dir ./{name}</source>
            <translation>“{name}”是命令，却写在了数据文件夹的位置：应在 --data-dir 后面先写文件夹，再写命令；如果文件夹就叫 {name}，请写 --data-dir ./{name}</translation>
        </message>
        <message>
            <source>create a new office</source>
            <translation>创建新办公室</translation>
        </message>
        <message>
            <source>unit name printed on forms (default: the school name)</source>
            <translation>表单上打印的单位名称（默认：学校名称）</translation>
        </message>
        <message>
            <source>create a demo office with synthetic students</source>
            <translation>创建含虚构学生的演示办公室</translation>
        </message>
        <message>
            <source>check integrity and the audit chain</source>
            <translation>检查数据完整性和审计链</translation>
        </message>
        <message>
            <source>write an encrypted backup</source>
            <translation>写入加密备份</translation>
        </message>
        <message>
            <source>backup folder (default: the configured one)</source>
            <translation>备份文件夹（默认：设置中的文件夹）</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>change your password (two lines: old, new)</source>
            <translation>修改密码（两行：旧密码、新密码）</translation>
        </message>
        <message>
            <source>set a new password with the recovery key (two lines: key, new password)</source>
            <translation>用恢复密钥设置新密码（两行：恢复密钥、新密码）</translation>
        </message>
        <message>
            <source>print the raw database key (needs the recovery key)</source>
            <translation>输出数据库原始密钥（需要恢复密钥）</translation>
        </message>
        <message>
            <source>rows with a new student number but the name, birth date and class of a student in the register: correct that student's number, import them as new students, or skip them</source>
            <translation>学号是新的、但姓名、出生日期、班级与名册中某名学生相同的行：renumber 更正该学生的学号，new 作为新学生导入，skip 跳过</translation>
        </message>
        <message>
            <source>year rollover: every class moves up one grade, the top grade graduates</source>
            <translation>学年升级：各班升一个年级，最高年级毕业</translation>
        </message>
        <message>
            <source>the student roster</source>
            <translation>学生名册</translation>
        </message>
        <message>
            <source>the staff roster</source>
            <translation>教职工名册</translation>
        </message>
        <message>
            <source>the sheet of a workbook (default: the first)</source>
            <translation>工作簿中的工作表（默认：第一个）</translation>
        </message>
        <message>
            <source>check only, write nothing</source>
            <translation>只检查，不写入</translation>
        </message>
        <message>
            <source>import the valid rows and report the others</source>
            <translation>导入有效行，报告其余各行</translation>
        </message>
        <message>
            <source>show the plan only, write nothing</source>
            <translation>只显示升级方案，不写入数据</translation>
        </message>
        <message>
            <source>apply the plan (without it the command only shows the plan)</source>
            <translation>执行计划（不加此项时只显示计划）</translation>
        </message>
        <message>
            <source>the classes that graduate, by the ID --dry-run shows (replaces the default choice; the top grade of a K-12 school always graduates)</source>
            <translation>毕业的班级，填 --dry-run 显示的编号（替代默认选择；中小学的最高年级总是毕业）</translation>
        </message>
        <message>
            <source>the new school year (default: the next one)</source>
            <translation>新学年（默认：下一学年）</translation>
        </message>
        <message>
            <source>usual years of study for classes named by entry year (default: 4 at universities, 3 at vocational schools)</source>
            <translation>按入学年份命名的班级的学制年数（默认：高校 4 年，职业学校 3 年）</translation>
        </message>
        <message>
            <source>manage accounts (office head)</source>
            <translation>管理账号（办公室负责人）</translation>
        </message>
        <message>
            <source>list accounts</source>
            <translation>列出账号</translation>
        </message>
        <message>
            <source>add an account (its first password on the next input line)</source>
            <translation>添加账号（下一行输入其初始密码）</translation>
        </message>
        <message>
            <source>deactivate an account</source>
            <translation>停用账号</translation>
        </message>
        <message>
            <source>reactivate an account (its new first password on the next input line)</source>
            <translation>重新启用账号（下一行输入其新的初始密码）</translation>
        </message>
        <message>
            <source>Error: {message}</source>
            <translation>错误：{message}</translation>
        </message>
        <message>
            <source>Unexpected error ({kind}, reference {code}). Nothing was changed that had not been confirmed. A report without personal data was written to {folder}; please give the reference to whoever looks after the program.</source>
            <translation>发生意外错误（{kind}，参考编号 {code}）。已确认的数据均未受影响。不含个人信息的错误报告已写入 {folder}；请把参考编号告诉负责维护本软件的人员。</translation>
        </message>
        <message>
            <source>the record to print (its number in the application; a referral, a leave or a crisis incident also by the number on its form, 2026-007)</source>
            <translation>要打印的记录（软件中显示的编号；转介单、请假/休学记录和危机事件也可用表上的编号，如 2026-007）</translation>
        </message>
        <message>
            <source>the month the document covers</source>
            <translation>文档所涉及的月份</translation>
        </message>
        <message>
            <source>the student, by student number</source>
            <translation>学生（按学号）</translation>
        </message>
        <message>
            <source>the first day of the period</source>
            <translation>时段的第一天</translation>
        </message>
        <message>
            <source>the last day of the period</source>
            <translation>时段的最后一天</translation>
        </message>
        <message>
            <source>the class, as written on the classes page</source>
            <translation>班级，按班级页面上的写法（如 七年级(1)班）</translation>
        </message>
        <message>
            <source>the student's watch-list entry, by the number on its sheets, 2026-007 (default: the open entry, else the latest)</source>
            <translation>学生的关注条目，按表单上的编号填写，如 2026-007（默认：当前在册的条目，没有则为最近一条）</translation>
        </message>
        <message>
            <source>the grade, as written on the classes page</source>
            <translation>年级，按班级页面上的写法填写</translation>
        </message>
        <message>
            <source>the screening campaign, by its number or its name</source>
            <translation>心理测评，写编号或名称</translation>
        </message>
        <message>
            <source>add the annex naming the students, on a page of its own (recorded in the audit trail)</source>
            <translation>附上列明学生姓名的身份对照附件（单独成页，记入审计日志）</translation>
        </message>
        <message>
            <source>the counselor, by login</source>
            <translation>心理老师，按登录名</translation>
        </message>
        <message>
            <source>a day of the week to print</source>
            <translation>要打印的那一周中的任一天</translation>
        </message>
        <message>
            <source>print students' full names and numbers (masked by default; recorded in the audit trail)</source>
            <translation>打印学生的完整姓名和学号（默认遮蔽；会记入审计日志）</translation>
        </message>
        <message>
            <source>the document (see --list)</source>
            <translation>要打印的文档（见 --list）</translation>
        </message>
        <message>
            <source>list the documents you may print, with their options</source>
            <translation>列出您可以打印的文档及其选项</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>要写入的 PDF 文件</translation>
        </message>
        <message>
            <source>print a document to a PDF file (print --list shows which)</source>
            <translation>把文档打印成 PDF 文件（print --list 列出可打印的文档）</translation>
        </message>
        <message>
            <source>Saved “{document}” as {path}.</source>
            <translation>已将“{document}”保存为 {path}。</translation>
        </message>
        <message>
            <source>Your role may print no document.</source>
            <translation>您的角色没有可以打印的文档。</translation>
        </message>
        <message>
            <source>(printed only by the set-up wizard or New recovery key…)</source>
            <translation>（只能在设置向导或“新的恢复密钥…”中打印）</translation>
        </message>
        <message>
            <source>re-key the office: old copies of the key-slot file stop opening it (office head)</source>
            <translation>更换办公室密钥：旧的密钥槽文件副本不再能打开（办公室负责人）</translation>
        </message>
        <message>
            <source>The office was re-keyed: a new data key and clinical key. Every password in use works as before; a password no longer in use opens nothing of the office, also not with an old copy of the key-slot file. Backups made before still open as they did.</source>
            <translation>办公室密钥已更换：新的数据密钥和临床密钥。正在使用的密码照常可用；不再使用的密码什么也打不开，配合旧的密钥槽文件副本也不行。此前的备份仍可像以前一样打开。</translation>
        </message>
        <message>
            <source>make a new recovery key; the old one stops opening the office</source>
            <translation>生成新的恢复密钥；旧的恢复密钥不再能打开本办公室</translation>
        </message>
        <message>
            <source>the recovery key: rotate makes a new one (office head)</source>
            <translation>恢复密钥：rotate 生成新的恢复密钥（办公室负责人）</translation>
        </message>
        <message>
            <source>A new recovery key was made. The old one no longer opens the office nor the backups made from now on (backups made before still open with it: keep them locked away, or delete them). Destroy the old sheet.</source>
            <translation>已生成新的恢复密钥。旧密钥不再能打开本办公室，也打不开今后的备份（此前的备份仍可用旧密钥打开：请锁好保管或删除）。请销毁旧的恢复密钥页。</translation>
        </message>
        <message>
            <source>To print the recovery sheet, make the new key in the window instead (Backup and restore → New recovery key…): a sheet is never saved as a file. Then type the key back there (the start page asks for it) to confirm it was written down correctly.</source>
            <translation>如需打印恢复密钥页，请改在窗口中生成新密钥（备份与恢复 → 新的恢复密钥…）：恢复密钥页从不保存为文件。然后在窗口中再输入一遍密钥（工作台会提示），以确认已正确记下。</translation>
        </message>
        <message>
            <source>the watch list (one row per entry, no clinical text)</source>
            <translation>重点关注学生清单（每个条目一行，不含心理辅导内容）</translation>
        </message>
        <message>
            <source>only the entries of this grade, as written on the classes page</source>
            <translation>只导出该年级的条目，按班级页面上的写法填写</translation>
        </message>
        <message>
            <source>only the entries in this state: candidate, following, observing, closed, or open (all but closed)</source>
            <translation>只导出处于该状态的条目：candidate（待复核）、following（跟进中）、observing（观察中）、closed（已关闭），或 open（未关闭的全部条目）</translation>
        </message>
        <message>
            <source>mask the students' names and numbers (王*明, last four digits)</source>
            <translation>遮蔽学生姓名和学号（如 王*明，学号只显示后四位）</translation>
        </message>
        <message>
            <source>why the full names are exported (required without --masked; audited)</source>
            <translation>导出完整姓名的用途（不加 --masked 时必填；记入审计日志）</translation>
        </message>
        <message>
            <source>Exported {count} watch-list entries, names masked.</source>
            <translation>已导出 {count} 个重点关注条目，姓名已遮蔽。</translation>
        </message>
        <message>
            <source>Exported {count} watch-list entries.</source>
            <translation>已导出 {count} 个重点关注条目。</translation>
        </message>
        <message>
            <source>screening results from a platform's export (xlsx, xls or csv)</source>
            <translation>测评平台导出的测评结果（xlsx、xls 或 csv）</translation>
        </message>
        <message>
            <source>the scale: its code or name (PHQ-9, GAD-7, SCL-90, MHT, MSSMHS, UPI or one the office added; see "scale list")</source>
            <translation>量表：代码或名称（PHQ-9、GAD-7、SCL-90、MHT、MSSMHS、UPI，或本室添加的量表；见“scale list”）</translation>
        </message>
        <message>
            <source>the campaign; created when it does not exist, with the grades of the file's students</source>
            <translation>测评批次；不存在时自动创建，测评范围为文件中学生所在的年级</translation>
        </message>
        <message>
            <source>the date of the screening for rows without a date column (default: today)</source>
            <translation>文件没有日期列时各行的测评日期（默认：今天）</translation>
        </message>
        <message>
            <source>a screening campaign's results (one row per student)</source>
            <translation>一个测评批次的结果（每名学生一行）</translation>
        </message>
        <message>
            <source>the campaign's name</source>
            <translation>测评批次名称</translation>
        </message>
        <message>
            <source>Warning: row(s) {lines} hit a key item but cannot be imported as they are: review those sheets promptly.</source>
            <translation>警告：第 {lines} 行命中关键题目，但无法按原样导入：请尽快人工复核这些答卷。</translation>
        </message>
        <message>
            <source>The campaign {name} is new: it screens {grades}.</source>
            <translation>测评批次“{name}”为新建，测评范围：{grades}。</translation>
        </message>
        <message>
            <source>Checked, nothing written: {imported} to import, {unchanged} unchanged, {rejected} rejected; {positives} positive, {key_hits} with a key item hit.</source>
            <translation>已检查，未写入任何数据：可导入 {imported} 份，未变 {unchanged} 份，拒绝 {rejected} 行；阳性 {positives} 份，命中关键题目 {key_hits} 份。</translation>
        </message>
        <message>
            <source>Imported: {imported} result(s), {unchanged} unchanged, {rejected} rejected; {positives} positive, {key_hits} with a key item hit.</source>
            <translation>已导入：{imported} 份结果，未变 {unchanged} 份，拒绝 {rejected} 行；阳性 {positives} 份，命中关键题目 {key_hits} 份。</translation>
        </message>
        <message>
            <source>Watch list: {opened} new candidate(s) to review (待复核), {urgent} of them urgent (a key item hit: due the next school day); {linked} result(s) linked to the student's open entry instead of a second one.</source>
            <translation>重点关注：新增待复核 {opened} 人，其中紧急 {urgent} 人（命中关键题目：下一个上学日前复核）；{linked} 份结果关联到学生已有的在案条目，未重复建档。</translation>
        </message>
        <message>
            <source>Not put on the watch list: {message}</source>
            <translation>未能列入重点关注：{message}</translation>
        </message>
        <message>
            <source>Exported {count} screening result(s).</source>
            <translation>已导出 {count} 份测评结果。</translation>
        </message>
        <message>
            <source>the scales the office can use</source>
            <translation>本室可用的量表</translation>
        </message>
        <message>
            <source>add the office's own scale from a definition file (JSON)</source>
            <translation>从定义文件（JSON）添加本室自己的量表</translation>
        </message>
        <message>
            <source>the screening scales: list them, or add one from a file</source>
            <translation>测评量表：列出量表，或从文件添加量表</translation>
        </message>
        <message>
            <source>Added {code} version {version}: {name}.</source>
            <translation>已添加 {code} 第 {version} 版：{name}。</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>内置</translation>
        </message>
        <message>
            <source>the office's</source>
            <translation>本室添加</translation>
        </message>
        <message>
            <source>{code}	version {version}	{name}	{items} items	{origin}</source>
            <translation>{code}	第 {version} 版	{name}	{items} 题	{origin}</translation>
        </message>
        <message>
            <source>the duty roster of a date range (one row per shift and day)</source>
            <translation>一段日期的值班表（每天每个班次一行）</translation>
        </message>
        <message>
            <source>the first day</source>
            <translation>第一天</translation>
        </message>
        <message>
            <source>the last day</source>
            <translation>最后一天</translation>
        </message>
        <message>
            <source>Exported {count} shifts.</source>
            <translation>已导出 {count} 个班次。</translation>
        </message>
        <message>
            <source>plan the duties of a date range: the counts per person are printed; saved only with --apply</source>
            <translation>为一段日期排班：输出每人的值班次数；加上 --apply 才保存</translation>
        </message>
        <message>
            <source>keep the duties changed by hand (the default)</source>
            <translation>保留手动调整的值班（默认）</translation>
        </message>
        <message>
            <source>plan the duties changed by hand again too (a duty a log or a request refers to always stays)</source>
            <translation>手动调整的值班也重新排（已有值班记录或换班申请的值班始终保留）</translation>
        </message>
        <message>
            <source>save the roster shown</source>
            <translation>保存所显示的值班表</translation>
        </message>
        <message>
            <source>check the roster's coverage and publish it</source>
            <translation>检查值班表是否排满并发布</translation>
        </message>
        <message>
            <source>the semester: its school year and number, like 2026-2027-1</source>
            <translation>学期：学年加学期序号，例如 2026-2027-1</translation>
        </message>
        <message>
            <source>publish from the semester's start through this day (default: its end)</source>
            <translation>从学期开始发布至此日期（默认：学期结束）</translation>
        </message>
        <message>
            <source>publish even though some seats are empty</source>
            <translation>即使有空缺也发布</translation>
        </message>
        <message>
            <source>empty: {day} {shift}, {count} seat(s) ({why})</source>
            <translation>空缺：{day} {shift}，{count} 个（{why}）</translation>
        </message>
        <message>
            <source>breaks a rule: {day} {shift} ({why})</source>
            <translation>违反规则：{day} {shift}（{why}）</translation>
        </message>
        <message>
            <source>no timetable chosen for the make-up workday {day}</source>
            <translation>调休上班日 {day} 尚未指定课表</translation>
        </message>
        <message>
            <source>{first} to {last}: {seats} seat(s) to fill, {planned} duty(ies) planned, {gaps} seat(s) empty.</source>
            <translation>{first} 至 {last}：共 {seats} 个值班岗次，已安排 {planned} 个，空缺 {gaps} 个。</translation>
        </message>
        <message>
            <source>name	regular	evening	weekend	total (the semester's other duties included)</source>
            <translation>姓名	日常	晚间	周末	合计（含本学期其他值班）</translation>
        </message>
        <message>
            <source>{count} duty(ies) saved before in the range are replaced.</source>
            <translation>将替换此范围内之前保存的 {count} 个值班。</translation>
        </message>
        <message>
            <source>The roster is published through {day}: after saving, print the month again and tell those whose duties change.</source>
            <translation>值班表已发布至 {day}：保存后请重新打印月值班表，并通知值班有变动的同事。</translation>
        </message>
        <message>
            <source>Nothing was saved: add --apply to save this roster.</source>
            <translation>未保存：加上 --apply 才会保存这份值班表。</translation>
        </message>
        <message>
            <source>Saved {count} duties.</source>
            <translation>已保存 {count} 个值班。</translation>
        </message>
        <message>
            <source>Not published: {gaps} seat(s) are empty. Fill them, or add --allow-gaps to publish anyway.</source>
            <translation>未发布：还有 {gaps} 个空缺。请补齐，或加上 --allow-gaps 仍然发布。</translation>
        </message>
        <message>
            <source>Published from {start} through {last} ({gaps} seat(s) empty).</source>
            <translation>已发布 {start} 至 {last} 的值班表（空缺 {gaps} 个）。</translation>
        </message>
        <message>
            <source>the duty roster: generate a date range, publish a semester</source>
            <translation>值班表：为一段日期排班，发布学期值班表</translation>
        </message>
        <message>
            <source>the de-identified report for the education bureau: an encrypted PDF and an encrypted 7z package</source>
            <translation>去标识的教育局报送材料：加密 PDF 和加密 7z 压缩包</translation>
        </message>
        <message>
            <source>the semester, e.g. 2026-2027-1</source>
            <translation>学期，例如 2026-2027-1</translation>
        </message>
        <message>
            <source>the school year, e.g. 2026-2027</source>
            <translation>学年，例如 2026-2027</translation>
        </message>
        <message>
            <source>the folder to write the files to</source>
            <translation>写入文件的文件夹</translation>
        </message>
        <message>
            <source>what the export is for (recorded in the audit trail)</source>
            <translation>导出用途（记入审计日志）</translation>
        </message>
        <message>
            <source>reports that leave the office: the education bureau's</source>
            <translation>对外报送：教育局报送材料</translation>
        </message>
        <message>
            <source>Report to the education bureau</source>
            <translation>向教育局报送</translation>
        </message>
        <message>
            <source>Wrote {pdf}</source>
            <translation>已写入 {pdf}</translation>
        </message>
        <message>
            <source>Wrote {package}</source>
            <translation>已写入 {package}</translation>
        </message>
        <message>
            <source>PASSWORD of both files (shown only this once, not stored anywhere):</source>
            <translation>两个文件的密码（只显示这一次，不保存在任何地方）：</translation>
        </message>
        <message>
            <source>Send it to the bureau separately from the files (by phone or on paper).</source>
            <translation>请与文件分开告知教育局（电话或纸条）。</translation>
        </message>
        <message>
            <source>check a school's package and write its files out</source>
            <translation>校验学校的报送包并解出文件</translation>
        </message>
        <message>
            <source>read the package's password from standard input</source>
            <translation>从标准输入读取报送包密码</translation>
        </message>
        <message>
            <source>merge the packages of many schools of one period</source>
            <translation>汇总同一期间多所学校的报送包</translation>
        </message>
        <message>
            <source>a text file: one line per package, "file name&lt;TAB&gt;password" or "file name password"</source>
            <translation>文本文件：每个报送包一行，“文件名&lt;TAB&gt;密码”或“文件名 密码”</translation>
        </message>
        <message>
            <source>also a PDF with the district's charts</source>
            <translation>同时生成含区域图表的 PDF</translation>
        </message>
        <message>
            <source>for the education bureau: open or merge schools' report packages</source>
            <translation>教育局使用：打开或汇总学校的报送包</translation>
        </message>
        <message>
            <source>Package password:</source>
            <translation>报送包密码：</translation>
        </message>
        <message>
            <source>  {name}  SHA-256 checked</source>
            <translation>  {name}  SHA-256 校验通过</translation>
        </message>
        <message>
            <source>{school}, {period}: {count} files written to {out}</source>
            <translation>{school}，{period}：已将 {count} 个文件写入 {out}</translation>
        </message>
        <message>
            <source>{count} schools of {period} merged into {out}</source>
            <translation>已将 {period} 的 {count} 所学校汇总到 {out}</translation>
        </message>
    </context>
    <context>
        <name>CloneDialog</name>
        <message>
            <source>Copy the set-up of another semester</source>
            <translation>复制其他学期的设置</translation>
        </message>
        <message>
            <source>Copy from:</source>
            <translation>复制自：</translation>
        </message>
        <message>
            <source>The shifts with who may take them, the duty list (people still at school) and the unavailability that still applies are copied. This semester must have no shifts yet.</source>
            <translation>将复制班次及可值班人员、值班名单（仍在校的人员）和仍然适用的不可值班安排。本学期必须尚无班次。</translation>
        </message>
        <message>
            <source>There is no other semester to copy from.</source>
            <translation>没有可供复制的其他学期。</translation>
        </message>
    </context>
    <context>
        <name>CloseIncidentDialog</name>
        <message>
            <source>Close C {number}</source>
            <translation>危机 {number} 结案</translation>
        </message>
        <message>
            <source>Summary:</source>
            <translation>结案小结：</translation>
        </message>
        <message>
            <source>Close now although the loop is not complete (office head)</source>
            <translation>闭环未完成但现在结案（心理辅导室主任）</translation>
        </message>
        <message>
            <source>An incident closes once the parents of every student were reached and the review meeting is recorded.</source>
            <translation>须已联系上每名学生的家长并登记复盘会后方可结案。</translation>
        </message>
    </context>
    <context>
        <name>CloseReferralDialog</name>
        <message>
            <source>Close referral R {number}</source>
            <translation>转介 {number} 结案</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>学生：</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>当前状态：</translation>
        </message>
        <message>
            <source>Why it is closed:</source>
            <translation>结案原因：</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <source>A referral is completed once its receipt is back. Closing it earlier for another reason needs a note saying why. A closed referral takes nothing more until it is reopened.</source>
            <translation>收回回执后转介即可按“转介完成”结案；回执收回前因其他原因结案，须写明理由。结案后不能再登记任何内容，除非重新打开。</translation>
        </message>
        <message>
            <source>Reopened on {time}: {reason}</source>
            <translation>{time} 重新打开：{reason}</translation>
        </message>
        <message>
            <source>Write why the referral is closed.</source>
            <translation>请写明结案原因。</translation>
        </message>
    </context>
    <context>
        <name>CloseRequestDialog</name>
        <message>
            <source>Ask to close the entry</source>
            <translation>申请关闭</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>关闭原因：</translation>
        </message>
        <message>
            <source>Explanation:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <source>What changed, who agreed, what support goes on</source>
            <translation>情况有何变化、经谁同意、后续还有哪些支持</translation>
        </message>
        <message>
            <source>You are the office head: your request closes the entry at once.</source>
            <translation>您是办公室主任：提交后条目将直接关闭。</translation>
        </message>
        <message>
            <source>The entry stays open until the office head approves the closing.</source>
            <translation>条目保持开启，直到办公室主任批准关闭。</translation>
        </message>
        <message>
            <source>Entry closed</source>
            <translation>条目已关闭</translation>
        </message>
        <message>
            <source>You are the office head: your request closed the entry at once. It stays in the student's history and can be reopened.</source>
            <translation>您是办公室主任：您的申请已直接关闭该条目。条目保留在学生的历史中，需要时可以重新启用。</translation>
        </message>
    </context>
    <context>
        <name>Compliance</name>
        <message>
            <source>lecture</source>
            <translation>讲座</translation>
        </message>
        <message>
            <source>parents' meeting</source>
            <translation>家长会</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>工作坊</translation>
        </message>
        <message>
            <source>online</source>
            <translation>线上</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>all staff</source>
            <translation>全体教师</translation>
        </message>
        <message>
            <source>students</source>
            <translation>学生</translation>
        </message>
        <message>
            <source>parents</source>
            <translation>家长</translation>
        </message>
        <message>
            <source>community</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>individual</source>
            <translation>个体督导</translation>
        </message>
        <message>
            <source>group</source>
            <translation>团体督导</translation>
        </message>
        <message>
            <source>met</source>
            <translation>达标</translation>
        </message>
        <message>
            <source>partly met</source>
            <translation>部分达标</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>未达标</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>课程开设</translation>
        </message>
        <message>
            <source>Full-time teachers</source>
            <translation>专职教师配备</translation>
        </message>
        <message>
            <source>Funding and venue</source>
            <translation>经费场地保障</translation>
        </message>
        <message>
            <source>School–hospital cooperation</source>
            <translation>校医协同</translation>
        </message>
        <message>
            <source>Screening and warning</source>
            <translation>排查预警</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>干预化解</translation>
        </message>
        <message>
            <source>Severe cases under care</source>
            <translation>重症学生包保</translation>
        </message>
        <message>
            <source>{count} of {total} classes below the lessons due ({due} each)</source>
            <translation>{total} 个班中有 {count} 个班心理健康课不足（每班应上 {due} 课时）</translation>
        </message>
        <message>
            <source>{count} of {total} classes without the family guidance due ({due})</source>
            <translation>{total} 个班中有 {count} 个班家庭教育指导活动不足（应有 {due} 次）</translation>
        </message>
        <message>
            <source>course credits {figure} of {due}</source>
            <translation>课程学分 {figure}，应为 {due}</translation>
        </message>
        <message>
            <source>course credits not entered for the school year</source>
            <translation>本学年未填写课程学分</translation>
        </message>
        <message>
            <source>no classes in the register</source>
            <translation>学籍中没有班级</translation>
        </message>
        <message>
            <source>{figure} full-time teachers of {due} required</source>
            <translation>专职教师 {figure} 名，应配 {due} 名</translation>
        </message>
        <message>
            <source>no full- or part-time counselor in the staff register</source>
            <translation>教职工中没有专职或兼职心理教师</translation>
        </message>
        <message>
            <source>{count} of {total} counselors below the training or supervision due</source>
            <translation>{total} 名心理教师中有 {count} 名培训或督导不足</translation>
        </message>
        <message>
            <source>publicity activities for all staff: {figure} of {due}</source>
            <translation>面向全体教师的宣传活动 {figure} 次，应有 {due} 次</translation>
        </message>
        <message>
            <source>funding not entered for the school year</source>
            <translation>本学年未填写经费</translation>
        </message>
        <message>
            <source>funding {figure} yuan per student, {due} required</source>
            <translation>生均经费 {figure} 元，应不低于 {due} 元</translation>
        </message>
        <message>
            <source>venue not entered for the school year</source>
            <translation>本学年未填写场地</translation>
        </message>
        <message>
            <source>venue {figure} m², {due} m² required</source>
            <translation>场地 {figure} 平方米，应不少于 {due} 平方米</translation>
        </message>
        <message>
            <source>{figure} counseling rooms, {due} required</source>
            <translation>心理辅导室 {figure} 间，应有 {due} 间</translation>
        </message>
        <message>
            <source>no partner mental-health institution entered</source>
            <translation>未填写合作的精神卫生医疗机构</translation>
        </message>
        <message>
            <source>{count} referral receipts overdue</source>
            <translation>{count} 份转介回执逾期</translation>
        </message>
        <message>
            <source>no screening results in the period</source>
            <translation>本期间没有测评结果</translation>
        </message>
        <message>
            <source>screening coverage {figure}%, {due}% required</source>
            <translation>测评覆盖率 {figure}%，应达 {due}%</translation>
        </message>
        <message>
            <source>review meetings held {figure} of {due}</source>
            <translation>研判会召开 {figure} 次，应开 {due} 次</translation>
        </message>
        <message>
            <source>{count} of {total} open watch entries overdue</source>
            <translation>{total} 名在册重点关注学生中有 {count} 名逾期未跟进</translation>
        </message>
        <message>
            <source>{count} of {total} severe cases without a responsible person or plan</source>
            <translation>{total} 名重症学生中有 {count} 名缺少包保人或一人一策</translation>
        </message>
        <message>
            <source>counselors counted from the staff register as it stands on {day} (it keeps no dates of employment)</source>
            <translation>心理教师按教职工名册 {day} 的状态统计（名册不记录任职起止日期）</translation>
        </message>
        <message>
            <source>Grades without a review meeting this month</source>
            <translation>本月尚未召开研判会的年级</translation>
        </message>
        <message>
            <source>Grades with fewer review meetings this month than the policy asks</source>
            <translation>本月研判会次数未达要求的年级</translation>
        </message>
        <message>
            <source>Referral receipts overdue</source>
            <translation>逾期未回的转介回执</translation>
        </message>
        <message>
            <source>Counseling sessions without a record</source>
            <translation>未写辅导记录的咨询</translation>
        </message>
    </context>
    <context>
        <name>ComplianceImport</name>
        <message>
            <source>The file holds no records to import.</source>
            <translation>文件中没有可导入的记录。</translation>
        </message>
        <message>
            <source>No header row was found: a sheet of lessons needs the columns 班级 and 日期, and may have 授课教师, 课题 and 课时.</source>
            <translation>没有找到表头行：心理课记录表需要“班级”和“日期”两列，可以有“授课教师”“课题”和“课时”。</translation>
        </message>
        <message>
            <source>No sheet of the workbook has a header row with the columns 班级 and 日期. Its sheets: {sheets}.</source>
            <translation>工作簿中没有哪个工作表的表头含“班级”和“日期”两列。工作表有：{sheets}。</translation>
        </message>
        <message>
            <source>No header row was found: a sheet of trainings needs the columns 姓名 (or 工号), 日期, 培训名称 and 学时, and may have 主办单位.</source>
            <translation>没有找到表头行：培训记录表需要“姓名”（或“工号”）、“日期”、“培训名称”和“学时”列，可以有“主办单位”。</translation>
        </message>
        <message>
            <source>No sheet of the workbook has a header row with the columns 姓名 (or 工号), 日期, 培训名称 and 学时. Its sheets: {sheets}.</source>
            <translation>工作簿中没有哪个工作表的表头含“姓名”（或“工号”）、“日期”、“培训名称”和“学时”列。工作表有：{sheets}。</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>授课教师</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>课题</translation>
        </message>
        <message>
            <source>Lesson periods</source>
            <translation>课时</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Staff number</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>培训名称</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>学时</translation>
        </message>
        <message>
            <source>Given by</source>
            <translation>主办单位</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>不是数字</translation>
        </message>
        <message>
            <source>give the name or the staff number</source>
            <translation>请填写姓名或工号</translation>
        </message>
        <message>
            <source>nobody of this name or staff number is at the school</source>
            <translation>学校在职教职工中没有这个姓名或工号</translation>
        </message>
        <message>
            <source>two staff members have this name: add the 工号 column</source>
            <translation>有两名教职工同名：请加上“工号”列</translation>
        </message>
    </context>
    <context>
        <name>ComplianceLogsPage</name>
        <message>
            <source>Lesson</source>
            <translation>心理课</translation>
        </message>
        <message>
            <source>Family guidance</source>
            <translation>家庭教育指导</translation>
        </message>
        <message>
            <source>Publicity</source>
            <translation>宣传活动</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>培训</translation>
        </message>
        <message>
            <source>Supervision</source>
            <translation>督导</translation>
        </message>
        <message>
            <source>Class, title, topic or name</source>
            <translation>班级、标题、课题或姓名</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>新增…</translation>
        </message>
        <message>
            <source>Funding, venue, partner hospital…</source>
            <translation>经费、场地、合作医院…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>Lessons from a sheet…</source>
            <translation>从表格导入心理课记录…</translation>
        </message>
        <message>
            <source>Trainings from a sheet…</source>
            <translation>从表格导入培训记录…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Class or person</source>
            <translation>班级或人员</translation>
        </message>
        <message>
            <source>Title or topic</source>
            <translation>标题或课题</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>{count} classes</source>
            <translation>{count} 个班</translation>
        </message>
        <message>
            <source>{periods} periods · {teacher}</source>
            <translation>{periods} 课时 · {teacher}</translation>
        </message>
        <message>
            <source>parents {present} of {expected}</source>
            <translation>家长实到 {present} / 应到 {expected}</translation>
        </message>
        <message>
            <source>{count} people</source>
            <translation>{count} 人</translation>
        </message>
        <message>
            <source>{hours} h · {provider}</source>
            <translation>{hours} 学时 · {provider}</translation>
        </message>
        <message>
            <source>{form} · {hours} h</source>
            <translation>{form} · {hours} 小时</translation>
        </message>
        <message>
            <source>{shown} of {total} records, {start} to {end}</source>
            <translation>共 {total} 条记录，显示 {shown} 条（{start} 至 {end}）</translation>
        </message>
        <message>
            <source>Import lessons</source>
            <translation>导入心理课记录</translation>
        </message>
        <message>
            <source>Import trainings</source>
            <translation>导入培训记录</translation>
        </message>
        <message>
            <source>Remove the record</source>
            <translation>删除记录</translation>
        </message>
        <message>
            <source>Remove this record of {day}? The removal is recorded in the audit trail.</source>
            <translation>删除 {day} 的这条记录吗？删除会记入审计日志。</translation>
        </message>
    </context>
    <context>
        <name>CompliancePage</name>
        <message>
            <source>Export for the education bureau…</source>
            <translation>导出教育局报送材料…</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>期间：</translation>
        </message>
        <message>
            <source>Records behind the indicator</source>
            <translation>指标依据的记录</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Falls short</source>
            <translation>未达标</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Click an indicator to see its records.</source>
            <translation>点击一项指标，查看其依据的记录。</translation>
        </message>
        <message>
            <source>Operational loops</source>
            <translation>工作闭环</translation>
        </message>
        <message>
            <source>Screening coverage by grade (this school year):</source>
            <translation>各年级测评覆盖率（本学年）：</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>年级</translation>
        </message>
        <message>
            <source>To screen</source>
            <translation>应测</translation>
        </message>
        <message>
            <source>Screened</source>
            <translation>已测</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>覆盖率</translation>
        </message>
        <message>
            <source>{year} semester {number}</source>
            <translation>{year}学年第{number}学期</translation>
        </message>
        <message>
            <source>{year} whole school year</source>
            <translation>{year}学年（全年）</translation>
        </message>
        <message>
            <source>Counted up to {day}; {students} students enrolled.</source>
            <translation>统计至 {day}；在籍学生 {students} 人。</translation>
        </message>
        <message>
            <source>{figure} (no figure required)</source>
            <translation>{figure}（无硬性要求）</translation>
        </message>
        <message>
            <source>{figure} (target {target})</source>
            <translation>{figure}（目标 {target}）</translation>
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
            <translation>重点关注：{open} 名在册学生中 {overdue} 名逾期未跟进。</translation>
        </message>
        <message>
            <source>Screening coverage by grade (this school year; covered when screened at least {count} times):</source>
            <translation>各年级测评覆盖率（本学年；测评满 {count} 次方计为覆盖）：</translation>
        </message>
        <message>
            <source>{label}: met.</source>
            <translation>{label}：达标。</translation>
        </message>
        <message>
            <source>{value} yuan per student</source>
            <translation>生均 {value} 元</translation>
        </message>
        <message>
            <source>{lessons} lesson periods · {family} family guidance</source>
            <translation>心理课 {lessons} 课时 · 家庭教育指导 {family} 次</translation>
        </message>
        <message>
            <source>training {hours} h in {count} · {supervisions} supervisions</source>
            <translation>培训 {count} 次共 {hours} 学时 · 督导 {supervisions} 次</translation>
        </message>
        <message>
            <source>{level} · next review {day}</source>
            <translation>{level} · 下次跟进 {day}</translation>
        </message>
        <message>
            <source>{hospital} · receipt due {day}</source>
            <translation>{hospital} · 回执应于 {day} 前返回</translation>
        </message>
        <message>
            <source>not entered</source>
            <translation>未填写</translation>
        </message>
        <message>
            <source>funding {funding} yuan · {rooms} rooms · {m2} m²</source>
            <translation>经费 {funding} 元 · 辅导室 {rooms} 间 · {m2} 平方米</translation>
        </message>
        <message>
            <source>{count} records; those falling short first.</source>
            <translation>共 {count} 条记录，未达标的排在前面。</translation>
        </message>
        <message>
            <source>No records behind this indicator in the period.</source>
            <translation>本期间此指标没有依据记录。</translation>
        </message>
    </context>
    <context>
        <name>ConfirmKeyPage</name>
        <message>
            <source>Confirm the recovery key</source>
            <translation>确认恢复密钥</translation>
        </message>
        <message>
            <source>The last step: proof that the key was written down.</source>
            <translation>最后一步：确认密钥已经记下。</translation>
        </message>
        <message>
            <source>I will confirm the key later (the start page warns until it is confirmed)</source>
            <translation>稍后再确认（确认之前，工作台会一直提醒）</translation>
        </message>
        <message>
            <source>Type two groups of the key from the sheet or your note, to be sure it was written down correctly.</source>
            <translation>请根据打印页或您的记录输入密钥中的两组数字，确认已正确记下。</translation>
        </message>
        <message>
            <source>Group {n}:</source>
            <translation>第 {n} 组：</translation>
        </message>
        <message>
            <source>These digits do not match the key. Look again.</source>
            <translation>这些数字与密钥不符。请再核对一遍。</translation>
        </message>
    </context>
    <context>
        <name>ConfirmRecoveryKeyDialog</name>
        <message>
            <source>Confirm the recovery key</source>
            <translation>确认恢复密钥</translation>
        </message>
        <message>
            <source>Type the whole recovery key as printed on the sheet (eight groups of six digits). It is checked against the office's key and never stored. Each attempt is recorded in the audit trail.</source>
            <translation>请按恢复密钥页上的内容输入完整的恢复密钥（八组、每组六位数字）。软件只用它核对办公室的密钥，不会保存它。每次尝试都记入审计日志。</translation>
        </message>
        <message>
            <source>Recovery key:</source>
            <translation>恢复密钥：</translation>
        </message>
        <message>
            <source>The recovery key is confirmed. Keep the sheet sealed in the office safe.</source>
            <translation>恢复密钥已确认。请将恢复密钥页密封后存放在办公室保险柜中。</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Record a parent contact</source>
            <translation>记录家校沟通</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Talked to:</source>
            <translation>联系对象：</translation>
        </message>
        <message>
            <source>e.g. mother, father, grandmother</source>
            <translation>如：母亲、父亲、奶奶</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>方式：</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>结果：</translation>
        </message>
        <message>
            <source>What was communicated:</source>
            <translation>沟通事实：</translation>
        </message>
        <message>
            <source>The family's support:</source>
            <translation>家庭支持情况：</translation>
        </message>
        <message>
            <source>Agreements:</source>
            <translation>约定事项：</translation>
        </message>
        <message>
            <source>agreed</source>
            <translation>已约定</translation>
        </message>
        <message>
            <source>Next contact:</source>
            <translation>下次联系日期：</translation>
        </message>
        <message>
            <source>Recorded by {name}. Write down the facts that matter for the student's support only, no unrelated family matters.</source>
            <translation>记录人：{name}。只记录与学生支持有关的事实，不记录无关的家庭隐私。</translation>
        </message>
        <message>
            <source>Contact during the duty</source>
            <translation>值班期间来访／来电</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>时间：</translation>
        </message>
        <message>
            <source>Who came or called:</source>
            <translation>来访／来电者：</translation>
        </message>
        <message>
            <source>Topic:</source>
            <translation>问题类别：</translation>
        </message>
        <message>
            <source>Handling:</source>
            <translation>处理方式：</translation>
        </message>
        <message>
            <source>Minutes:</source>
            <translation>时长（分钟）：</translation>
        </message>
        <message>
            <source>Student (if known):</source>
            <translation>学生（如知道）：</translation>
        </message>
        <message>
            <source>Booked beforehand (not a walk-in)</source>
            <translation>事先预约（非临时来访）</translation>
        </message>
        <message>
            <source>A crisis</source>
            <translation>属于危机情况</translation>
        </message>
        <message>
            <source>Reported to:</source>
            <translation>已报告给：</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Handled as a crisis intervention, the contact counts as a crisis.</source>
            <translation>处理方式为“启动危机干预”时，该次接待即计为危机。</translation>
        </message>
        <message>
            <source>Say who the crisis was reported to.</source>
            <translation>请填写危机情况已报告给谁。</translation>
        </message>
    </context>
    <context>
        <name>ContactResult</name>
        <message>
            <source>talked</source>
            <translation>已沟通</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>未联系上</translation>
        </message>
        <message>
            <source>parent declined to cooperate</source>
            <translation>家长不配合</translation>
        </message>
    </context>
    <context>
        <name>ContactWay</name>
        <message>
            <source>phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>in person</source>
            <translation>面谈</translation>
        </message>
        <message>
            <source>home visit</source>
            <translation>家访</translation>
        </message>
        <message>
            <source>message (WeChat, SMS)</source>
            <translation>微信/短信</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <source>Record a parent contact…</source>
            <translation>记录家校沟通…</translation>
        </message>
        <message>
            <source>No parent contact has been recorded yet.</source>
            <translation>还没有家校沟通记录。</translation>
        </message>
        <message>
            <source>What was communicated</source>
            <translation>沟通事实</translation>
        </message>
        <message>
            <source>The family's support</source>
            <translation>家庭支持情况</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>约定事项</translation>
        </message>
        <message>
            <source>Next contact</source>
            <translation>下次联系日期</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>记录人</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Correct a result</source>
            <translation>更正测评结果</translation>
        </message>
        <message>
            <source>The sheet of {student} ({klass}), total {total}.</source>
            <translation>{student}（{klass}）的答卷，总分 {total}。</translation>
        </message>
        <message>
            <source>Correction:</source>
            <translation>更正方式：</translation>
        </message>
        <message>
            <source>Remove the sheet (a duplicate, or not this student's)</source>
            <translation>移除这份答卷（重复，或不是该学生的）</translation>
        </message>
        <message>
            <source>Give the sheet to the student whose it is</source>
            <translation>改归答卷真正所属的学生</translation>
        </message>
        <message>
            <source>Whose sheet:</source>
            <translation>所属学生：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>e.g. the platform exported it twice; a wrong student number</source>
            <translation>例如：平台导出了两次；学号录错</translation>
        </message>
        <message>
            <source>The reason is recorded. A watch-list entry opened for this sheet and still to review gets a closing request (误录) for the office head.</source>
            <translation>原因会被记录。为这份答卷建立、仍待复核的关注记录会提交关闭申请（误录），由辅导室负责人审批。</translation>
        </message>
        <message>
            <source>Say why the result is corrected.</source>
            <translation>请说明更正的原因。</translation>
        </message>
        <message>
            <source>Choose the student whose sheet it is.</source>
            <translation>请选择答卷所属的学生。</translation>
        </message>
    </context>
    <context>
        <name>CoverDialog</name>
        <message>
            <source>Ask for a cover</source>
            <translation>申请代班</translation>
        </message>
        <message>
            <source>{name}'s duty: {duty}</source>
            <translation>{name}的值班：{duty}</translation>
        </message>
        <message>
            <source>Taken by:</source>
            <translation>代班人：</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>The office head approves the cover; then the duty is the replacement's.</source>
            <translation>负责人批准后，该次值班即由代班人承担。</translation>
        </message>
        <message>
            <source>Choose who takes the duty.</source>
            <translation>请选择代班人。</translation>
        </message>
    </context>
    <context>
        <name>CrisisDocuments</name>
        <message>
            <source>Crisis incident report</source>
            <translation>危机事件报告</translation>
        </message>
        <message>
            <source>Crisis incident report (for the education bureau)</source>
            <translation>危机事件报告（报教育局）</translation>
        </message>
        <message>
            <source>C {number}</source>
            <translation>危机 {number}</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>发生时间</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>事件类型</translation>
        </message>
        <message>
            <source>Gravity</source>
            <translation>事件等级</translation>
        </message>
        <message>
            <source>Found by</source>
            <translation>发现人</translation>
        </message>
        <message>
            <source>Found at</source>
            <translation>发现时间</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>涉及学生</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Time to report</source>
            <translation>报告用时</translation>
        </message>
        <message>
            <source>{minutes} minutes (target {target})</source>
            <translation>{minutes} 分钟（时限 {target} 分钟）</translation>
        </message>
        <message>
            <source>{minutes} minutes: later than the {target}-minute target</source>
            <translation>{minutes} 分钟，超过 {target} 分钟时限</translation>
        </message>
        <message>
            <source>not recorded yet</source>
            <translation>尚未登记</translation>
        </message>
        <message>
            <source>What was seen</source>
            <translation>所见情况</translation>
        </message>
        <message>
            <source>The emergency plan</source>
            <translation>应急预案执行情况</translation>
        </message>
        <message>
            <source>Reaching the parents</source>
            <translation>联系家长记录</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>事件经过</translation>
        </message>
        <message>
            <source>Breaches of confidentiality</source>
            <translation>保密例外记录</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>By</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>情况说明</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>学生</translation>
        </message>
        <message>
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>已联系上</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>未联系上</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Who was told</source>
            <translation>告知对象</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>暂无记录。</translation>
        </message>
        <message>
            <source>Closed by the office head before the loop was complete: {reason}</source>
            <translation>由心理辅导室主任在闭环完成前结案：{reason}</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>报告人</translation>
        </message>
        <message>
            <source>School leader</source>
            <translation>分管校领导</translation>
        </message>
        <message>
            <source>{name} ({klass})</source>
            <translation>{name}（{klass}）</translation>
        </message>
        <message>
            <source>{state} ({day})</source>
            <translation>{state}（{day}）</translation>
        </message>
    </context>
    <context>
        <name>CrisisField</name>
        <message>
            <source>The place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>The person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>The text</source>
            <translation>内容</translation>
        </message>
    </context>
    <context>
        <name>CrisisGravity</name>
        <message>
            <source>major</source>
            <translation>重大</translation>
        </message>
        <message>
            <source>general</source>
            <translation>一般</translation>
        </message>
    </context>
    <context>
        <name>CrisisPage</name>
        <message>
            <source>Record an incident…</source>
            <translation>登记危机事件…</translation>
        </message>
        <message>
            <source>Record a step…</source>
            <translation>记录处置步骤…</translation>
        </message>
        <message>
            <source>Timeline entry…</source>
            <translation>记录事件经过…</translation>
        </message>
        <message>
            <source>Breach of confidentiality…</source>
            <translation>记录保密例外…</translation>
        </message>
        <message>
            <source>Close…</source>
            <translation>结案…</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>打印事件报告</translation>
        </message>
        <message>
            <source>Report for the bureau</source>
            <translation>报教育局报告</translation>
        </message>
        <message>
            <source>All incidents</source>
            <translation>全部事件</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>发生时间</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>事件类型</translation>
        </message>
        <message>
            <source>Gravity</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>涉及学生</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Parents reached</source>
            <translation>已联系家长</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>尚未</translation>
        </message>
        <message>
            <source>Review meeting</source>
            <translation>复盘会</translation>
        </message>
        <message>
            <source>held</source>
            <translation>已召开</translation>
        </message>
        <message>
            <source>{shown} shown · {open} open</source>
            <translation>显示 {shown} 条 · 处置中 {open} 条</translation>
        </message>
    </context>
    <context>
        <name>CrisisState</name>
        <message>
            <source>open</source>
            <translation>处置中</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已结案</translation>
        </message>
    </context>
    <context>
        <name>CrisisStep</name>
        <message>
            <source>Found: who, when, where, what was seen</source>
            <translation>发现：何人、何时、何地、所见情况</translation>
        </message>
        <message>
            <source>Safety secured (someone stays, scene secured, means removed; 120 / 110 when needed)</source>
            <translation>安全保障（专人陪护、保护现场、移除危险物品；必要时拨打120/110）</translation>
        </message>
        <message>
            <source>Reported to the counselor or school leader</source>
            <translation>报告心理教师或校领导</translation>
        </message>
        <message>
            <source>Risk assessed</source>
            <translation>风险评估</translation>
        </message>
        <message>
            <source>Parents notified</source>
            <translation>通知家长</translation>
        </message>
        <message>
            <source>Referral, hospital or supervision at school</source>
            <translation>转介就医或在校监护</translation>
        </message>
        <message>
            <source>Reported to the education bureau (and police)</source>
            <translation>报告教育局（及公安）</translation>
        </message>
        <message>
            <source>Public communication: who speaks</source>
            <translation>对外口径：指定发言人</translation>
        </message>
        <message>
            <source>Aftercare for classmates and staff</source>
            <translation>善后：同学和教职工心理援助</translation>
        </message>
        <message>
            <source>Review meeting</source>
            <translation>复盘会</translation>
        </message>
    </context>
    <context>
        <name>CrisisType</name>
        <message>
            <source>self-harm</source>
            <translation>自伤</translation>
        </message>
        <message>
            <source>suicide attempt</source>
            <translation>自杀未遂</translation>
        </message>
        <message>
            <source>suicide</source>
            <translation>自杀死亡</translation>
        </message>
        <message>
            <source>hurting others</source>
            <translation>伤人</translation>
        </message>
        <message>
            <source>running away</source>
            <translation>出走</translation>
        </message>
        <message>
            <source>acute psychotic symptoms</source>
            <translation>急性精神症状</translation>
        </message>
        <message>
            <source>major stress event</source>
            <translation>重大应激事件</translation>
        </message>
    </context>
    <context>
        <name>DayButton</name>
        <message>
            <source>Change this day…</source>
            <translation>调整这一天…</translation>
        </message>
        <message>
            <source>Show this day in the month and change its duties (a double-click on the row does the same). The dialog closes: open it again to check the roster.</source>
            <translation>在月值班表中打开这一天并调整当天的值班（双击该行也可以）。本窗口随即关闭，需要时再重新检查。</translation>
        </message>
    </context>
    <context>
        <name>DayDialog</name>
        <message>
            <source>Holiday or make-up workday</source>
            <translation>放假或补班日</translation>
        </message>
        <message>
            <source>Holiday (放假)</source>
            <translation>放假</translation>
        </message>
        <message>
            <source>Make-up workday (补班)</source>
            <translation>补班（调休上班）</translation>
        </message>
        <message>
            <source>e.g. 春节 or 国庆节补班</source>
            <translation>例如：春节、国庆节补班</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>An entry of the office replaces the built-in calendar for that date.</source>
            <translation>本室录入的日期优先于内置日历。</translation>
        </message>
        <message>
            <source>Change the duties of {day}</source>
            <translation>调整 {day} 的值班</translation>
        </message>
        <message>
            <source>Post: {post}</source>
            <translation>岗位：{post}</translation>
        </message>
        <message>
            <source>Shift:</source>
            <translation>班次：</translation>
        </message>
        <message>
            <source>Duty:</source>
            <translation>值班：</translation>
        </message>
        <message>
            <source>Taken by:</source>
            <translation>改由：</translation>
        </message>
        <message>
            <source>nobody (take off duty)</source>
            <translation>无人（撤下此次值班）</translation>
        </message>
        <message>
            <source>Changes made by hand are kept when the roster is generated again.</source>
            <translation>手动调整的值班在重新生成值班表时会保留。</translation>
        </message>
        <message>
            <source>The post has no shift on this day.</source>
            <translation>该岗位这一天没有班次。</translation>
        </message>
        <message>
            <source>{name}'s duty</source>
            <translation>{name}的值班</translation>
        </message>
        <message>
            <source>empty seat</source>
            <translation>空位</translation>
        </message>
        <message>
            <source>Choose a shift.</source>
            <translation>请选择班次。</translation>
        </message>
        <message>
            <source>Choose the duty to change.</source>
            <translation>请选择要调整的值班。</translation>
        </message>
        <message>
            <source>Choose who takes the empty seat.</source>
            <translation>请选择由谁补上空位。</translation>
        </message>
        <message>
            <source>The duty is already theirs: choose who takes it instead, or nobody to take it off duty.</source>
            <translation>这次值班已经是此人的：请选择改由谁值班，或选“无人”撤下此次值班。</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Decision</source>
            <translation>研判决定</translation>
        </message>
        <message>
            <source>now: {state}</source>
            <translation>当前：{state}</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>学生：</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>决定：</translation>
        </message>
        <message>
            <source>New level:</source>
            <translation>新等级：</translation>
        </message>
        <message>
            <source>Class of the case:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <source>(unchanged)</source>
            <translation>（不变）</translation>
        </message>
        <message>
            <source>Reason for ending the watch:</source>
            <translation>撤销关注原因：</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>（请选择）</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>What is to be done</source>
            <translation>措施内容</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>完成期限</translation>
        </message>
        <message>
            <source>Add a measure</source>
            <translation>添加措施</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Measures:</source>
            <translation>措施：</translation>
        </message>
        <message>
            <source>Parent contact:</source>
            <translation>家长沟通安排：</translation>
        </message>
        <message>
            <source>e.g. the head teacher calls the mother this week</source>
            <translation>如：班主任本周内与母亲电话沟通</translation>
        </message>
        <message>
            <source>on</source>
            <translation>指定</translation>
        </message>
        <message>
            <source>otherwise it stays as it is; a new level moves it as the watch list does</source>
            <translation>不指定则保持不变；等级调整时按重点关注清单的规则顺延</translation>
        </message>
        <message>
            <source>Next review:</source>
            <translation>下次研判/回访：</translation>
        </message>
        <message>
            <source>Note (sealed):</source>
            <translation>备注（加密）：</translation>
        </message>
        <message>
            <source>A short note for the office; never printed in the minutes.</source>
            <translation>仅供辅导室内部查看的简短备注，不打印在会议纪要中。</translation>
        </message>
        <message>
            <source>A decision has at most {max} measures.</source>
            <translation>每项决定最多 {max} 条措施。</translation>
        </message>
        <message>
            <source>staff, or e.g. parent</source>
            <translation>教职工，或如：家长</translation>
        </message>
        <message>
            <source>Measure {n}: write what is to be done.</source>
            <translation>第 {n} 条措施：请填写措施内容。</translation>
        </message>
        <message>
            <source>Measure {n}: name who carries it out.</source>
            <translation>第 {n} 条措施：请填写负责人。</translation>
        </message>
        <message>
            <source>Choose the new level.</source>
            <translation>请选择新等级。</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Cannot do this</source>
            <translation>无法执行</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <source>Sorry, something went wrong ({kind}). Nothing that was saved has been lost.

Reference: {code}
A report without personal data was written to {folder}. Please give the reference to whoever looks after the program.</source>
            <translation>抱歉，程序出现了意外错误（{kind}）。已保存的数据没有丢失。

参考编号：{code}
不含个人信息的错误报告已写入 {folder}。请把参考编号告诉负责维护本软件的人员。</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Recovery-key sheet</source>
            <translation>恢复密钥单</translation>
        </message>
        <message>
            <source>Student access report</source>
            <translation>学生档案访问记录报告</translation>
        </message>
        <message>
            <source>Class list</source>
            <translation>班级学生名单</translation>
        </message>
        <message>
            <source>Individual support plan (watch list)</source>
            <translation>重点关注学生一人一策</translation>
        </message>
        <message>
            <source>Watch-list notice for the head teacher</source>
            <translation>重点关注学生班主任工作单</translation>
        </message>
        <message>
            <source>Follow-up record (watch list)</source>
            <translation>重点关注学生跟踪记录</translation>
        </message>
        <message>
            <source>Watch list of a grade or class</source>
            <translation>重点关注学生清单（年级或班级）</translation>
        </message>
        <message>
            <source>Referral form with its receipt</source>
            <translation>心理转介单（含回执）</translation>
        </message>
        <message>
            <source>Register of referrals out</source>
            <translation>转介出登记表</translation>
        </message>
        <message>
            <source>Register of referral receipts</source>
            <translation>转介返回登记表</translation>
        </message>
        <message>
            <source>Application to return to school and assessment</source>
            <translation>复学申请及评估表</translation>
        </message>
        <message>
            <source>Support plan after the return (head teacher)</source>
            <translation>复学支持方案（班主任）</translation>
        </message>
        <message>
            <source>Crisis incident report (school leader)</source>
            <translation>危机事件报告（校领导）</translation>
        </message>
        <message>
            <source>Crisis incident report (education bureau)</source>
            <translation>危机事件报告（教育局）</translation>
        </message>
        <message>
            <source>Duty roster of a month</source>
            <translation>月值班表</translation>
        </message>
        <message>
            <source>Screening campaign summary (office)</source>
            <translation>心理测评汇总报告（辅导室版）</translation>
        </message>
        <message>
            <source>Screening campaign summary (de-identified, for the school leaders)</source>
            <translation>心理测评汇总报告（去标识，校领导版）</translation>
        </message>
        <message>
            <source>Minutes of a review meeting</source>
            <translation>研判会会议纪要</translation>
        </message>
        <message>
            <source>Sign-in sheet of a review meeting</source>
            <translation>研判会签到表</translation>
        </message>
        <message>
            <source>Appointment slip</source>
            <translation>预约单</translation>
        </message>
        <message>
            <source>A counselor's week of appointments</source>
            <translation>心理老师一周预约安排</translation>
        </message>
        <message>
            <source>Consent form for counseling</source>
            <translation>心理辅导知情同意书</translation>
        </message>
    </context>
    <context>
        <name>DutyCard</name>
        <message>
            <source>Duty</source>
            <translation>值班</translation>
        </message>
        <message>
            <source>Today {times}: {post}, {period}</source>
            <translation>今天 {times}：{post}，{period}</translation>
        </message>
        <message>
            <source>No duty today.</source>
            <translation>今天没有值班。</translation>
        </message>
        <message>
            <source>{count} more duty(ies) in the next six days: {days}</source>
            <translation>接下来六天内还有 {count} 次值班：{days}</translation>
        </message>
        <message>
            <source>{count} swap request(s) waiting for your answer…</source>
            <translation>{count} 个换班申请等你答复…</translation>
        </message>
        <message>
            <source>{count} swap or cover request(s) waiting for your approval…</source>
            <translation>{count} 个换班／代班申请等你审批…</translation>
        </message>
        <message>
            <source>{count} duty log(s) of the office not written or signed…</source>
            <translation>全室有 {count} 份值班记录未填写或未签名…</translation>
        </message>
        <message>
            <source>{count} of your duty logs not written or signed…</source>
            <translation>你有 {count} 份值班记录未填写或未签名…</translation>
        </message>
        <message>
            <source>Nothing about duty waits for you. Open the duty roster…</source>
            <translation>没有等你处理的值班事项。打开值班表…</translation>
        </message>
    </context>
    <context>
        <name>DutyChange</name>
        <message>
            <source>swap</source>
            <translation>换班</translation>
        </message>
        <message>
            <source>cover</source>
            <translation>代班</translation>
        </message>
        <message>
            <source>requested</source>
            <translation>已申请</translation>
        </message>
        <message>
            <source>accepted, waiting for approval</source>
            <translation>同事已同意，待审批</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>declined by the colleague</source>
            <translation>同事已拒绝</translation>
        </message>
        <message>
            <source>not approved</source>
            <translation>未批准</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>已撤回</translation>
        </message>
    </context>
    <context>
        <name>DutyConflict</name>
        <message>
            <source>the person is unavailable</source>
            <translation>此人不可值班</translation>
        </message>
        <message>
            <source>the person is on another shift at the same time</source>
            <translation>此人同一时间另有值班</translation>
        </message>
        <message>
            <source>the person may not take this shift</source>
            <translation>此人不能值此班次</translation>
        </message>
        <message>
            <source>the shift does not take place that day</source>
            <translation>当天没有此班次</translation>
        </message>
        <message>
            <source>more people than the shift needs</source>
            <translation>人数超过班次所需</translation>
        </message>
        <message>
            <source>the person is no longer on the duty list</source>
            <translation>此人已不在值班人员名单中</translation>
        </message>
        <message>
            <source>the person has left the school</source>
            <translation>此人已离校</translation>
        </message>
        <message>
            <source>the person's account is deactivated</source>
            <translation>此人的账号已停用</translation>
        </message>
    </context>
    <context>
        <name>DutyExport</name>
        <message>
            <source>Duty roster</source>
            <translation>值班表</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Time slot</source>
            <translation>时段</translation>
        </message>
        <message>
            <source>On duty</source>
            <translation>值班人</translation>
        </message>
    </context>
    <context>
        <name>DutyGap</name>
        <message>
            <source>nobody on the duty list may take this shift</source>
            <translation>值班人员中没有人能值此班次</translation>
        </message>
        <message>
            <source>everyone who may take it is unavailable</source>
            <translation>能值此班次的人都不可值班</translation>
        </message>
        <message>
            <source>too few people free at this time</source>
            <translation>此时段有空的人不够</translation>
        </message>
    </context>
    <context>
        <name>DutyHandling</name>
        <message>
            <source>counseled on the spot</source>
            <translation>当场辅导</translation>
        </message>
        <message>
            <source>follow-up booked</source>
            <translation>预约后续辅导</translation>
        </message>
        <message>
            <source>referred</source>
            <translation>转介</translation>
        </message>
        <message>
            <source>crisis intervention started</source>
            <translation>启动危机干预</translation>
        </message>
    </context>
    <context>
        <name>DutyImport</name>
        <message>
            <source>No header row was found: the file needs the columns 姓名 (or 工号) and 日期 or 星期, and may have 结束日期, 时段 and 原因.</source>
            <translation>未找到表头行：文件需要“姓名”（或“工号”）列，以及“日期”或“星期”列，可另有“结束日期”“时段”“原因”列。</translation>
        </message>
        <message>
            <source>No sheet of the workbook has a header row with the columns 姓名 (or 工号) and 日期 or 星期. Its sheets: {sheets}.</source>
            <translation>工作簿中没有哪个工作表的表头含有“姓名”（或“工号”）和“日期”或“星期”列。其工作表：{sheets}。</translation>
        </message>
        <message>
            <source>The file holds no unavailability to import.</source>
            <translation>文件中没有可导入的不可值班登记。</translation>
        </message>
        <message>
            <source>give a date or a weekday</source>
            <translation>请填写日期或星期</translation>
        </message>
        <message>
            <source>give the name or the staff number</source>
            <translation>请填写姓名或工号</translation>
        </message>
        <message>
            <source>the end date comes before the start date</source>
            <translation>结束日期早于开始日期</translation>
        </message>
        <message>
            <source>not a weekday (write 星期二, 周二 or 2)</source>
            <translation>不是星期（请写星期二、周二或 2）</translation>
        </message>
        <message>
            <source>unknown reason (use 上课, 会议, 培训, 外出, 请假, 病假 or 其他)</source>
            <translation>未知原因（请用上课、会议、培训、外出、请假、病假或其他）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Staff number</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Date (from)</source>
            <translation>日期（起）</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>时段</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>nobody of this name or staff number is at the school</source>
            <translation>学校在职教职工中没有此姓名或工号</translation>
        </message>
        <message>
            <source>two staff members have this name: add the 工号 column</source>
            <translation>有两名同名教职工：请加上“工号”列</translation>
        </message>
        <message>
            <source>no shift of the semester has the period {period}</source>
            <translation>本学期没有时段为“{period}”的班次</translation>
        </message>
        <message>
            <source>the date lies outside the semester ({start} to {end})</source>
            <translation>日期不在本学期内（{start} 至 {end}）</translation>
        </message>
    </context>
    <context>
        <name>DutyKind</name>
        <message>
            <source>regular</source>
            <translation>日常值班</translation>
        </message>
        <message>
            <source>evening</source>
            <translation>晚间值班</translation>
        </message>
        <message>
            <source>weekend</source>
            <translation>周末值班</translation>
        </message>
    </context>
    <context>
        <name>DutyLog</name>
        <message>
            <source>student</source>
            <translation>学生</translation>
        </message>
        <message>
            <source>parent</source>
            <translation>家长</translation>
        </message>
        <message>
            <source>teacher</source>
            <translation>教师</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>匿名</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>DutyPage</name>
        <message>
            <source>Generate roster…</source>
            <translation>生成值班表…</translation>
        </message>
        <message>
            <source>Plan the school days of a date range: a preview with the counts per person first, saved only when you apply it.</source>
            <translation>为一段日期内的上课日排班：先预览每人的值班次数，确认后才保存。</translation>
        </message>
        <message>
            <source>Check and publish…</source>
            <translation>检查并发布…</translation>
        </message>
        <message>
            <source>List the empty seats and the duties that break a rule, then publish the roster.</source>
            <translation>列出空缺和违反规则的值班，然后发布值班表。</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月值班表</translation>
        </message>
        <message>
            <source>My duties</source>
            <translation>我的值班</translation>
        </message>
        <message>
            <source>Swaps and covers</source>
            <translation>换班与代班</translation>
        </message>
        <message>
            <source>Duty logs</source>
            <translation>值班记录</translation>
        </message>
        <message>
            <source>Fairness</source>
            <translation>公平统计</translation>
        </message>
        <message>
            <source>Set-up</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>No semester is set up yet: enter the school year and its semesters on the School calendar page first.</source>
            <translation>尚未设置学期：请先在“校历”页面录入学年及学期。</translation>
        </message>
        <message>
            <source>{start} to {end} · {posts} post(s), {shifts} shift(s) a week, {people} people on the duty list</source>
            <translation>{start} 至 {end} · {posts} 个岗位，每周 {shifts} 个班次，值班名单 {people} 人</translation>
        </message>
    </context>
    <context>
        <name>DutyPeriod</name>
        <message>
            <source>Lunch break</source>
            <translation>午休</translation>
        </message>
        <message>
            <source>After class</source>
            <translation>课后</translation>
        </message>
        <message>
            <source>Evening study</source>
            <translation>晚自习</translation>
        </message>
    </context>
    <context>
        <name>DutyPost</name>
        <message>
            <source>Counseling room</source>
            <translation>辅导室</translation>
        </message>
        <message>
            <source>Hotline</source>
            <translation>热线</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>线上</translation>
        </message>
        <message>
            <source>Evening duty</source>
            <translation>晚间值班</translation>
        </message>
    </context>
    <context>
        <name>DutyReason</name>
        <message>
            <source>teaching</source>
            <translation>上课</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>会议或教研</translation>
        </message>
        <message>
            <source>training</source>
            <translation>培训</translation>
        </message>
        <message>
            <source>off-site or business trip</source>
            <translation>外出或出差</translation>
        </message>
        <message>
            <source>leave</source>
            <translation>请假</translation>
        </message>
        <message>
            <source>sick leave</source>
            <translation>病假</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>DutyRoster</name>
        <message>
            <source>make-up workday</source>
            <translation>调休上班</translation>
        </message>
        <message>
            <source>holiday</source>
            <translation>放假</translation>
        </message>
        <message>
            <source>Duty roster</source>
            <translation>值班表</translation>
        </message>
        <message>
            <source>Duty roster {month}: {post}</source>
            <translation>{month}值班表：{post}</translation>
        </message>
        <message>
            <source>Duty roster {month}</source>
            <translation>{month}值班表</translation>
        </message>
        <message>
            <source>{year}-{month}</source>
            <translation>{year}年{month}月</translation>
        </message>
        <message>
            <source>Draft: not published yet, it may still change.</source>
            <translation>草稿：尚未发布，可能还会调整。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>(vacant)</source>
            <translation>（空缺）</translation>
        </message>
        <message>
            <source>No duty this month.</source>
            <translation>本月无值班安排。</translation>
        </message>
        <message>
            <source>Changes of duty go through the counseling office.</source>
            <translation>如需换班或代班，请联系心理辅导室。</translation>
        </message>
        <message>
            <source>make-up workday ({weekday} timetable)</source>
            <translation>调休上班（按{weekday}课表）</translation>
        </message>
    </context>
    <context>
        <name>DutyTopic</name>
        <message>
            <source>study</source>
            <translation>学习</translation>
        </message>
        <message>
            <source>relationships</source>
            <translation>人际关系</translation>
        </message>
        <message>
            <source>emotions</source>
            <translation>情绪</translation>
        </message>
        <message>
            <source>family</source>
            <translation>家庭</translation>
        </message>
        <message>
            <source>romantic relationships</source>
            <translation>恋爱情感</translation>
        </message>
        <message>
            <source>adjustment</source>
            <translation>适应</translation>
        </message>
        <message>
            <source>personal growth</source>
            <translation>自我成长</translation>
        </message>
        <message>
            <source>career planning</source>
            <translation>生涯规划</translation>
        </message>
        <message>
            <source>safety and crisis</source>
            <translation>安全与危机</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>DutyWords</name>
        <message>
            <source>waiting for {name}'s answer</source>
            <translation>待{name}答复</translation>
        </message>
        <message>
            <source>waiting for the head's approval</source>
            <translation>待负责人审批</translation>
        </message>
        <message>
            <source>{year} first semester</source>
            <translation>{year} 学年第一学期</translation>
        </message>
        <message>
            <source>{year} second semester</source>
            <translation>{year} 学年第二学期</translation>
        </message>
        <message>
            <source>{day} {weekday}</source>
            <translation>{day} {weekday}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>every {weekday}</source>
            <translation>每{weekday}</translation>
        </message>
        <message>
            <source>({first} to {last})</source>
            <translation>（{first} 至 {last}）</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} 至 {last}</translation>
        </message>
        <message>
            <source>the whole day</source>
            <translation>全天</translation>
        </message>
    </context>
    <context>
        <name>EditEntryDialog</name>
        <message>
            <source>Correct the details</source>
            <translation>更正基本信息</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>来源：</translation>
        </message>
        <message>
            <source>Triggered by:</source>
            <translation>关联记录：</translation>
        </message>
        <message>
            <source>Its number:</source>
            <translation>记录编号：</translation>
        </message>
        <message>
            <source>e.g. the screening record's number</source>
            <translation>如测评记录的编号</translation>
        </message>
        <message>
            <source>Concern:</source>
            <translation>关注事由：</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Peer carer:</source>
            <translation>心理委员：</translation>
        </message>
        <message>
            <source>Parent:</source>
            <translation>家长联系人：</translation>
        </message>
        <message>
            <source>Relation:</source>
            <translation>关系：</translation>
        </message>
        <message>
            <source>e.g. mother</source>
            <translation>如：母亲</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <source>The level, class and state have their own buttons; their history is kept.</source>
            <translation>等级、类别和状态请用各自的按钮调整，变更记录会保留。</translation>
        </message>
    </context>
    <context>
        <name>EditMeetingDialog</name>
        <message>
            <source>Meeting details</source>
            <translation>会议信息</translation>
        </message>
    </context>
    <context>
        <name>EntryWindow</name>
        <message>
            <source>Watch-list entry</source>
            <translation>重点关注条目</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Closing awaits approval</source>
            <translation>关闭待审批</translation>
        </message>
        <message>
            <source>Withdraw the request</source>
            <translation>撤回申请</translation>
        </message>
        <message>
            <source>Approve closing</source>
            <translation>批准关闭</translation>
        </message>
        <message>
            <source>Send back…</source>
            <translation>退回…</translation>
        </message>
        <message>
            <source>Change level…</source>
            <translation>调整等级…</translation>
        </message>
        <message>
            <source>Change class…</source>
            <translation>调整类别…</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Responsible people…</source>
            <translation>修改包保人…</translation>
        </message>
        <message>
            <source>Correct the details…</source>
            <translation>更正基本信息…</translation>
        </message>
        <message>
            <source>Ask to close…</source>
            <translation>申请关闭…</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>重新启用…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Peer carer</source>
            <translation>心理委员</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>包保人</translation>
        </message>
        <message>
            <source>Parent contact</source>
            <translation>家长联系人</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>关注事由</translation>
        </message>
        <message>
            <source>The entry could not be loaded.</source>
            <translation>无法加载该条目。</translation>
        </message>
        <message>
            <source>no class</source>
            <translation>无班级</translation>
        </message>
        <message>
            <source>class not yet decided</source>
            <translation>类别待定</translation>
        </message>
        <message>
            <source>Follow-ups ({n})</source>
            <translation>跟踪随访（{n}）</translation>
        </message>
        <message>
            <source>Individual plan</source>
            <translation>一人一策</translation>
        </message>
        <message>
            <source>Parent contacts ({n})</source>
            <translation>家校沟通（{n}）</translation>
        </message>
        <message>
            <source>History ({n})</source>
            <translation>变更记录（{n}）</translation>
        </message>
        <message>
            <source>On the list since {day}</source>
            <translation>{day} 列入清单</translation>
        </message>
        <message>
            <source>Next review: {day}</source>
            <translation>下次回访：{day}</translation>
        </message>
        <message>
            <source>Closed on {day}</source>
            <translation>{day} 已关闭</translation>
        </message>
        <message>
            <source>Overdue: {reasons}</source>
            <translation>逾期：{reasons}</translation>
        </message>
        <message>
            <source>record {ref}</source>
            <translation>关联记录：{ref}</translation>
        </message>
        <message>
            <source>{duty}: {name}</source>
            <translation>{duty}：{name}</translation>
        </message>
        <message>
            <source>(has left the school)</source>
            <translation>（已离校）</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>尚未指定</translation>
        </message>
        <message>
            <source>Closing asked by {who}: {reason}. {note}</source>
            <translation>{who} 申请关闭：{reason}。{note}</translation>
        </message>
        <message>
            <source>Closed on {day}: {reason}. {note}</source>
            <translation>已于 {day} 关闭：{reason}。{note}</translation>
        </message>
        <message>
            <source>Move to “{state}”…</source>
            <translation>转为“{state}”…</translation>
        </message>
        <message>
            <source>Close this entry as asked ({reason})? It stays in the student's history and can be reopened.</source>
            <translation>按申请关闭该条目（{reason}）吗？条目保留在学生的历史中，需要时可以重新启用。</translation>
        </message>
        <message>
            <source>Close the entry</source>
            <translation>关闭条目</translation>
        </message>
        <message>
            <source>Withdraw the request to close this entry? It stays open.</source>
            <translation>撤回关闭该条目的申请吗？条目将继续保持开启。</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>撤回</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The operation failed.</source>
            <translation>操作失败。</translation>
        </message>
        <message>
            <source>No office exists in this data folder.</source>
            <translation>此数据文件夹中没有办公室数据。</translation>
        </message>
        <message>
            <source>An office already exists in this data folder.</source>
            <translation>此数据文件夹中已有办公室数据。</translation>
        </message>
        <message>
            <source>Wrong login or password. After {remaining} more wrong attempt(s) this login is locked for 15 minutes.</source>
            <translation>登录名或密码错误。再错 {remaining} 次，此登录名将被锁定 15 分钟。</translation>
        </message>
        <message>
            <source>The recovery key is not correct.</source>
            <translation>恢复密钥不正确。</translation>
        </message>
        <message>
            <source>This login is locked after too many wrong passwords, until {until} ({minutes} minute(s) from now). The office head can lift the lock earlier under Users.</source>
            <translation>密码错误次数过多，此登录名已被锁定至 {until}（还剩 {minutes} 分钟）。办公室负责人可在“用户管理”中提前解除锁定。</translation>
        </message>
        <message>
            <source>This account has been deactivated. Ask the office head.</source>
            <translation>此账号已停用。请联系办公室负责人。</translation>
        </message>
        <message>
            <source>The office data is damaged ({what}). Nothing was changed. Restore a backup.</source>
            <translation>办公室数据已损坏（{what}）。未做任何更改。请恢复备份。</translation>
        </message>
        <message>
            <source>Your role does not allow this: {permission}.</source>
            <translation>您的角色无权执行此操作：{permission}。</translation>
        </message>
        <message>
            <source>The input is not valid.</source>
            <translation>输入内容无效。</translation>
        </message>
        <message>
            <source>Could not write to the disk ({reason}). The previous data is intact.</source>
            <translation>无法写入磁盘（{reason}）。原有数据完好。</translation>
        </message>
        <message>
            <source>This backup cannot be used ({reason}). Nothing was replaced.</source>
            <translation>此备份无法使用（{reason}）。未替换任何数据。</translation>
        </message>
        <message>
            <source>This office was saved by a newer version of the application (schema {found}, this version knows {known}). Install the newer version.</source>
            <translation>此办公室数据由更新版本的程序保存（数据结构版本 {found}，本版本支持到 {known}）。请安装新版本。</translation>
        </message>
        <message>
            <source>The operation was cancelled. Nothing was changed.</source>
            <translation>操作已取消，未做任何更改。</translation>
        </message>
        <message>
            <source>The office is open in another window or program on this computer. Close it there first.</source>
            <translation>办公室已在本机的另一个窗口或程序中打开。请先在那里关闭。</translation>
        </message>
        <message>
            <source>The recovery key was entered wrongly too many times. Try again at {until} (in {minutes} minute(s)).</source>
            <translation>恢复密钥输错次数过多，请于 {until} 后再试（还剩 {minutes} 分钟）。</translation>
        </message>
        <message>
            <source>This is confidential clinical information: only the office head and counselors can open it.</source>
            <translation>这是保密的心理辅导信息：只有办公室负责人和心理教师可以打开。</translation>
        </message>
        <message>
            <source>A confidential record cannot be decrypted ({what}). Nothing was changed. Restore a backup.</source>
            <translation>一条保密记录无法解密（{what}）。没有做任何修改。请恢复备份。</translation>
        </message>
        <message>
            <source>A change of the office's keys was interrupted and cannot be finished with this account. Ask the office head or a colleague to log in once: that finishes it.</source>
            <translation>办公室密钥的更换被中断，无法用此账户完成。请办公室负责人或其他同事登录一次，即可完成。</translation>
        </message>
        <message>
            <source>This account's role cannot be confirmed: {reason}. The login was refused and recorded in the audit trail. Ask the office head to check the accounts (Verify chain on the Audit trail page).</source>
            <translation>该账户的角色无法确认：{reason}。已拒绝登录，并记入审计日志。请联系负责人检查账户（“审计日志”页的“校验审计链”）。</translation>
        </message>
        <message>
            <source>The password is too weak.</source>
            <translation>密码强度不足。</translation>
        </message>
        <message>
            <source>The password must have at least {min} characters.</source>
            <translation>密码至少需要 {min} 个字符。</translation>
        </message>
        <message>
            <source>This password is one of the most common passwords. Choose another.</source>
            <translation>此密码属于最常见的密码之一。请另选一个。</translation>
        </message>
        <message>
            <source>The password must not contain the login name.</source>
            <translation>密码中不能包含登录名。</translation>
        </message>
        <message>
            <source>The password must not repeat a single character.</source>
            <translation>密码不能由同一个字符重复组成。</translation>
        </message>
        <message>
            <source>The password must not contain line breaks.</source>
            <translation>密码中不能包含换行。</translation>
        </message>
        <message>
            <source>The password of an office head or counselor opens the counseling records: it needs at least {min} characters.</source>
            <translation>办公室负责人和心理教师的密码能打开心理辅导记录：至少需要 {min} 个字符。</translation>
        </message>
        <message>
            <source>A password of digits only (like a phone number or a date) is guessed quickly: add letters or words.</source>
            <translation>只有数字的密码（如手机号或日期）很快就会被猜中：请加入字母或词语。</translation>
        </message>
        <message>
            <source>This is a common password with a few characters added: choose another.</source>
            <translation>这是常见密码加上几个字符：请另选一个。</translation>
        </message>
        <message>
            <source>This password is a sequence, a keyboard row or a short part repeated: choose one that is harder to guess, for example a few unrelated words.</source>
            <translation>这个密码是连续的字符、键盘上的一排键或重复的短片段：请选一个更难猜的，例如几个互不相关的词语。</translation>
        </message>
        <message>
            <source>This password uses too few different characters: choose one that is harder to guess.</source>
            <translation>这个密码使用的不同字符太少：请选一个更难猜的。</translation>
        </message>
        <message>
            <source>A recovery key has 8 groups of 6 digits, like 123456-234567-… ; this one has {digits} digits.</source>
            <translation>恢复密钥由 8 组 6 位数字组成，如 123456-234567-…；当前输入有 {digits} 位数字。</translation>
        </message>
        <message>
            <source>Group {group} of the recovery key is mistyped.</source>
            <translation>恢复密钥的第 {group} 组输入有误。</translation>
        </message>
        <message>
            <source>it belongs to another office</source>
            <translation>它属于另一个办公室</translation>
        </message>
        <message>
            <source>neither the current password nor the backup's opens it</source>
            <translation>当前密码和备份时的密码都无法打开它</translation>
        </message>
        <message>
            <source>its database fails the integrity check</source>
            <translation>其数据库未通过完整性检查</translation>
        </message>
        <message>
            <source>its audit trail is broken at row {row}</source>
            <translation>其审计日志在第 {row} 行断链</translation>
        </message>
        <message>
            <source>it was made by a newer version of the application</source>
            <translation>它由更新版本的程序生成</translation>
        </message>
        <message>
            <source>its key-slot file is damaged</source>
            <translation>其密钥槽文件已损坏</translation>
        </message>
        <message>
            <source>There is no account with this login.</source>
            <translation>没有使用此登录名的账号。</translation>
        </message>
        <message>
            <source>The new password must differ from the old one.</source>
            <translation>新密码不能与旧密码相同。</translation>
        </message>
        <message>
            <source>A login has 2 to 32 characters: Latin letters, digits, dot, underscore or hyphen.</source>
            <translation>登录名为 2 到 32 个字符，只能包含英文字母、数字、点、下划线或连字符。</translation>
        </message>
        <message>
            <source>The name must not be empty.</source>
            <translation>姓名不能为空。</translation>
        </message>
        <message>
            <source>The school name must not be empty.</source>
            <translation>学校名称不能为空。</translation>
        </message>
        <message>
            <source>A name may have at most {max} characters.</source>
            <translation>名称最多 {max} 个字符。</translation>
        </message>
        <message>
            <source>This login is already used by another account.</source>
            <translation>此登录名已被其他账号使用。</translation>
        </message>
        <message>
            <source>The office must keep at least one active office head.</source>
            <translation>办公室必须至少保留一名启用状态的负责人。</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account.</source>
            <translation>不能停用自己的账号。</translation>
        </message>
        <message>
            <source>A counseling session record is open to its author and the office head only.</source>
            <translation>个案记录只有记录人和办公室负责人可以查看。</translation>
        </message>
        <message>
            <source>These meeting minutes are finalized and can no longer be changed.</source>
            <translation>该会议纪要已定稿，不能再修改。</translation>
        </message>
        <message>
            <source>Only the office head and counselors can read the notes of an appointment.</source>
            <translation>只有办公室负责人和心理老师可以查看预约的备注。</translation>
        </message>
        <message>
            <source>Confidential clinical text may not be printed on this document.</source>
            <translation>此文档不得打印保密的心理辅导内容。</translation>
        </message>
        <message>
            <source>The account is already in that state.</source>
            <translation>该账号已处于此状态。</translation>
        </message>
        <message>
            <source>This login is not locked (any more).</source>
            <translation>此登录名未被锁定（或锁定已结束）。</translation>
        </message>
        <message>
            <source>Change your own password in Settings.</source>
            <translation>自己的密码请在“设置”中修改。</translation>
        </message>
        <message>
            <source>This account is deactivated. Reactivate it to give it a new first password.</source>
            <translation>此账号已停用。请重新启用，启用时会设置新的初始密码。</translation>
        </message>
        <message>
            <source>no backup manifest in the folder</source>
            <translation>文件夹中没有备份清单</translation>
        </message>
        <message>
            <source>the manifest is unreadable</source>
            <translation>备份清单无法读取</translation>
        </message>
        <message>
            <source>a file of the backup is missing</source>
            <translation>备份中缺少文件</translation>
        </message>
        <message>
            <source>a file of the backup was changed or damaged</source>
            <translation>备份中的文件已被改动或损坏</translation>
        </message>
        <message>
            <source>database file</source>
            <translation>数据库文件</translation>
        </message>
        <message>
            <source>key-slot file</source>
            <translation>密钥槽文件</translation>
        </message>
        <message>
            <source>No Chinese font usable in PDF documents was found on this computer, so nothing was printed. In Settings, choose a TrueType font file (.ttf or .ttc, for example SimSun or Microsoft YaHei).</source>
            <translation>本机上没有找到可用于 PDF 文档的中文字体，因此未打印。请在“设置”中选择一个 TrueType 字体文件（.ttf 或 .ttc，如宋体或微软雅黑）。</translation>
        </message>
        <message>
            <source>The idle lock time must be between {min} and {max} minutes.</source>
            <translation>空闲锁定时间须在 {min} 到 {max} 分钟之间。</translation>
        </message>
        <message>
            <source>This file is not a policy profile (JSON with "name" and "thresholds").</source>
            <translation>这个文件不是政策方案（应为含 "name" 和 "thresholds" 的 JSON）。</translation>
        </message>
        <message>
            <source>The profile names a threshold this version does not know: {key}.</source>
            <translation>方案中有本版本不认识的指标：{key}。</translation>
        </message>
        <message>
            <source>{name} must be between {min} and {max}.</source>
            <translation>{name}须在 {min} 到 {max} 之间。</translation>
        </message>
        <message>
            <source>"{value}" is not a time of day (write it as 14:30).</source>
            <translation>“{value}”不是有效的时间（请写成 14:30 的形式）。</translation>
        </message>
        <message>
            <source>The end {end} is not after the start {start}.</source>
            <translation>结束时间 {end} 不晚于开始时间 {start}。</translation>
        </message>
        <message>
            <source>Unknown day of the week.</source>
            <translation>未知的星期。</translation>
        </message>
        <message>
            <source>Give the room a name.</source>
            <translation>请填写辅导室名称。</translation>
        </message>
        <message>
            <source>A room of this name exists already.</source>
            <translation>已有同名辅导室。</translation>
        </message>
        <message>
            <source>Choose the kind of room (individual or group).</source>
            <translation>请选择辅导室类型（个体或团体）。</translation>
        </message>
        <message>
            <source>A room holds between 1 and 200 people.</source>
            <translation>辅导室容纳人数应在 1 到 200 之间。</translation>
        </message>
        <message>
            <source>This room does not exist.</source>
            <translation>该辅导室不存在。</translation>
        </message>
        <message>
            <source>Choose a counselor (an active account of a counselor or the office head).</source>
            <translation>请选择心理老师（在用的心理老师或负责人账号）。</translation>
        </message>
        <message>
            <source>A counselor sets only their own available hours.</source>
            <translation>心理老师只能设置自己的可预约时段。</translation>
        </message>
        <message>
            <source>This blocked time does not exist.</source>
            <translation>该停约时段不存在。</translation>
        </message>
        <message>
            <source>Two available times overlap on the same day.</source>
            <translation>同一天的两个可预约时段有重叠。</translation>
        </message>
        <message>
            <source>{day}, period {n}: "{value}" is not a time of day (write it as 14:30).</source>
            <translation>{day}第{n}节：“{value}”不是时间（请写成 14:30 这样）。</translation>
        </message>
        <message>
            <source>{day}, period {n}: the end {end} is not after the start {start}.</source>
            <translation>{day}第{n}节：下课时间 {end} 不晚于上课时间 {start}。</translation>
        </message>
        <message>
            <source>{day}: period {n} ({start}–{end}) overlaps period {m} ({other_start}–{other_end}).</source>
            <translation>{day}：第{n}节（{start}–{end}）与第{m}节（{other_start}–{other_end}）时间重叠。</translation>
        </message>
        <message>
            <source>{day}: at most {max} class periods a day.</source>
            <translation>{day}：每天最多 {max} 节课。</translation>
        </message>
        <message>
            <source>Monday's class periods are the other days' default: give them (none is an empty list).</source>
            <translation>星期一的上课时间是其他各天的默认值，不能设为“同星期一”（没有课请留空）。</translation>
        </message>
        <message>
            <source>Unknown policy setting.</source>
            <translation>未知的政策指标。</translation>
        </message>
        <message>
            <source>This file is not a TrueType font holding Chinese characters, Latin letters and digits.</source>
            <translation>此文件不是同时包含汉字、英文字母和数字的 TrueType 字体。</translation>
        </message>
        <message>
            <source>The backup folder must be an existing folder that can be written to.</source>
            <translation>备份文件夹必须是已存在且可写入的文件夹。</translation>
        </message>
        <message>
            <source>Not enough lines on standard input: this command reads {count}.</source>
            <translation>标准输入的行数不够：此命令需要读取 {count} 行。</translation>
        </message>
        <message>
            <source>Standard input is not UTF-8 text.</source>
            <translation>标准输入不是 UTF-8 文本。</translation>
        </message>
        <message>
            <source>The two entries differ.</source>
            <translation>两次输入不一致。</translation>
        </message>
        <message>
            <source>The command line is not right ({detail}). See --help.</source>
            <translation>命令行参数有误（{detail}）。请用 --help 查看用法。</translation>
        </message>
        <message>
            <source>No graphical display is available here, so the window cannot open. The commands work without one (see --help).</source>
            <translation>这里没有图形显示环境，无法打开窗口。各项命令无需图形界面即可使用（见 --help）。</translation>
        </message>
        <message>
            <source>The backup destination is a file, not a folder.</source>
            <translation>备份目标是一个文件，而不是文件夹。</translation>
        </message>
        <message>
            <source>The number of demo students must be between 0 and {max}.</source>
            <translation>演示学生人数须在 0 到 {max} 之间。</translation>
        </message>
        <message>
            <source>This student is not in the register.</source>
            <translation>学籍中没有这名学生。</translation>
        </message>
        <message>
            <source>{value} is not a date (write it as 2026-11-24).</source>
            <translation>{value} 不是有效的日期（请写成 2026-11-24 的形式）。</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>时段的结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>{value} is not a date (write it as 2026-09-01).</source>
            <translation>{value} 不是有效日期（请写成 2026-09-01 的格式）。</translation>
        </message>
        <message>
            <source>Another student already has this student number.</source>
            <translation>已有其他学生使用这个学号。</translation>
        </message>
        <message>
            <source>The student number must not be empty.</source>
            <translation>学号不能为空。</translation>
        </message>
        <message>
            <source>The birth date is not a valid date in the past.</source>
            <translation>出生日期不是有效的过去日期。</translation>
        </message>
        <message>
            <source>The class does not exist.</source>
            <translation>该班级不存在。</translation>
        </message>
        <message>
            <source>Unknown student status.</source>
            <translation>无法识别的学籍状态。</translation>
        </message>
        <message>
            <source>Unknown gender.</source>
            <translation>无法识别的性别。</translation>
        </message>
        <message>
            <source>Give a reason for the change of status.</source>
            <translation>请填写学籍状态变更的原因。</translation>
        </message>
        <message>
            <source>The student already has this status: choose another one.</source>
            <translation>该学生已是此学籍状态，请选择其他状态。</translation>
        </message>
        <message>
            <source>The phone number of guardian {number} is not valid (11 digits for a mobile, or a landline with its area code).</source>
            <translation>监护人 {number} 的电话号码无效（手机号为 11 位数字，固定电话需带区号）。</translation>
        </message>
        <message>
            <source>A student has at most two guardians in the register.</source>
            <translation>名册中每名学生最多登记两位监护人。</translation>
        </message>
        <message>
            <source>A class's mental-health monitor needs a class.</source>
            <translation>心理委员必须属于某个班级。</translation>
        </message>
        <message>
            <source>Give the school year a name, e.g. 2026-2027.</source>
            <translation>请填写学年名称，例如 2026-2027。</translation>
        </message>
        <message>
            <source>Another school year already has this name.</source>
            <translation>已有同名的学年。</translation>
        </message>
        <message>
            <source>This semester does not exist.</source>
            <translation>该学期不存在。</translation>
        </message>
        <message>
            <source>Choose a post from the office's list.</source>
            <translation>请从本室的岗位列表中选择岗位。</translation>
        </message>
        <message>
            <source>Give the post a name (at most {max} characters).</source>
            <translation>请填写岗位名称（最多 {max} 个字）。</translation>
        </message>
        <message>
            <source>Another post already has this name.</source>
            <translation>已有同名的岗位。</translation>
        </message>
        <message>
            <source>This shift does not exist.</source>
            <translation>该班次不存在。</translation>
        </message>
        <message>
            <source>This post already has a shift "{period}" on {weekday}.</source>
            <translation>该岗位{weekday}已有“{period}”班次。</translation>
        </message>
        <message>
            <source>A time is written like 12:10.</source>
            <translation>时间请写成 12:10 这样的格式。</translation>
        </message>
        <message>
            <source>Unknown kind of duty.</source>
            <translation>未知的值班类型。</translation>
        </message>
        <message>
            <source>Choose why the person cannot take duty.</source>
            <translation>请选择不能值班的原因。</translation>
        </message>
        <message>
            <source>A person chosen is not in the staff register.</source>
            <translation>所选人员不在教职工名册中。</translation>
        </message>
        <message>
            <source>A person chosen has left the school: they cannot be put on duty.</source>
            <translation>所选人员已离校，不能安排值班。</translation>
        </message>
        <message>
            <source>This entry of unavailability does not exist.</source>
            <translation>该条不可值班登记不存在。</translation>
        </message>
        <message>
            <source>The dates lie outside the semester ({start} to {end}): choose days of this semester.</source>
            <translation>所选日期不在本学期（{start} 至 {end}）内，请选择本学期的日期。</translation>
        </message>
        <message>
            <source>{day} is not a make-up workday (a Saturday or Sunday worked instead of a holiday).</source>
            <translation>{day} 不是调休上班日（因放假调休而上班的周六或周日）。</translation>
        </message>
        <message>
            <source>A make-up workday follows the timetable of a day from Monday to Friday.</source>
            <translation>调休上班日只能按周一至周五中某一天的课表。</translation>
        </message>
        <message>
            <source>A date is not valid. Write it like 2026-09-01.</source>
            <translation>日期无效，请按 2026-09-01 的格式填写。</translation>
        </message>
        <message>
            <source>Choose another semester to copy to.</source>
            <translation>请选择另一个学期作为复制目标。</translation>
        </message>
        <message>
            <source>The semester to copy to already has shifts. Remove them first, or change them there.</source>
            <translation>目标学期已有班次。请先删除，或直接在该学期修改。</translation>
        </message>
        <message>
            <source>Dates must lie between the years 2000 and 2100.</source>
            <translation>日期须在 2000 年至 2100 年之间。</translation>
        </message>
        <message>
            <source>The school year must end after it starts.</source>
            <translation>学年的结束日期须晚于开始日期。</translation>
        </message>
        <message>
            <source>A school year cannot last longer than 13 months.</source>
            <translation>一个学年不能超过 13 个月。</translation>
        </message>
        <message>
            <source>Semester {number} must end after it starts.</source>
            <translation>第{number}学期的结束日期须晚于开始日期。</translation>
        </message>
        <message>
            <source>Semester {number} must lie inside the school year ({start} to {end}).</source>
            <translation>第{number}学期须在学年之内（{start} 至 {end}）。</translation>
        </message>
        <message>
            <source>The semesters overlap: semester 2 must start after semester 1 ends.</source>
            <translation>两个学期有重叠：第二学期须在第一学期结束后开始。</translation>
        </message>
        <message>
            <source>A school year has two semesters: give the dates of both.</source>
            <translation>一个学年有两个学期，请填写两个学期的日期。</translation>
        </message>
        <message>
            <source>The dates overlap the school year {name} ({start} to {end}). School years must not overlap.</source>
            <translation>日期与学年 {name}（{start} 至 {end}）重叠。学年之间不能重叠。</translation>
        </message>
        <message>
            <source>This school year does not exist.</source>
            <translation>该学年不存在。</translation>
        </message>
        <message>
            <source>Unknown kind of day: a day is a holiday or a make-up workday.</source>
            <translation>日期类型无法识别：只能是放假或补班。</translation>
        </message>
        <message>
            <source>{day} is a workday anyway. A make-up workday falls on a Saturday or Sunday (or replaces a holiday).</source>
            <translation>{day} 本来就是工作日。补班日应在周六或周日（或取代某个放假日）。</translation>
        </message>
        <message>
            <source>No day entered by the office on {day}.</source>
            <translation>本室没有录入 {day} 这一天。</translation>
        </message>
        <message>
            <source>This staff member is not in the register.</source>
            <translation>名册中没有这位教职工。</translation>
        </message>
        <message>
            <source>Another staff member already has this staff number.</source>
            <translation>已有其他教职工使用这个工号。</translation>
        </message>
        <message>
            <source>The phone number is not valid (11 digits for a mobile, or a landline with its area code).</source>
            <translation>电话号码无效（手机号为 11 位数字，固定电话需带区号）。</translation>
        </message>
        <message>
            <source>Unknown staff role.</source>
            <translation>未知的职务。</translation>
        </message>
        <message>
            <source>Only a head teacher or a student affairs instructor leads classes.</source>
            <translation>只有班主任或辅导员才能带班。</translation>
        </message>
        <message>
            <source>Only a grade leader or a department head leads a grade or department.</source>
            <translation>只有年级组长或院系负责人才能负责年级或院系。</translation>
        </message>
        <message>
            <source>The grade or department does not exist.</source>
            <translation>这个年级或院系不存在。</translation>
        </message>
        <message>
            <source>This account does not exist.</source>
            <translation>这个账户不存在。</translation>
        </message>
        <message>
            <source>This staff member is already linked to another account.</source>
            <translation>这位教职工已关联到另一个账户。</translation>
        </message>
        <message>
            <source>Give the grade or department of the class.</source>
            <translation>请填写班级所属的年级或院系。</translation>
        </message>
        <message>
            <source>Give the name of the class.</source>
            <translation>请填写班级名称。</translation>
        </message>
        <message>
            <source>The class name cannot be read: {reason}.</source>
            <translation>无法识别班级名称：{reason}。</translation>
        </message>
        <message>
            <source>The class {klass} already exists.</source>
            <translation>班级 {klass} 已存在。</translation>
        </message>
        <message>
            <source>This class does not exist.</source>
            <translation>这个班级不存在。</translation>
        </message>
        <message>
            <source>There is no class “{klass}”. Write the class as the classes page shows it, for example --class {example}.</source>
            <translation>没有名为“{klass}”的班级。请按班级页面上的写法填写班级，例如 --class {example}。</translation>
        </message>
        <message>
            <source>Several classes are called “{klass}” ({choices}): write the one you mean in full, for example --class {example}.</source>
            <translation>有多个班级叫“{klass}”（{choices}）：请写出完整的班级名称，例如 --class {example}。</translation>
        </message>
        <message>
            <source>{count} enrolled student(s) are still in this class: move them to another class or change their status first.</source>
            <translation>这个班级还有 {count} 名在读学生：请先把他们调到其他班级或变更学籍状态。</translation>
        </message>
        <message>
            <source>Name the document to print (counselor-app print --list shows them).</source>
            <translation>请指明要打印的文档（counselor-app print --list 会列出可打印的文档）。</translation>
        </message>
        <message>
            <source>There is no document called “{kind}” (counselor-app print --list shows them).</source>
            <translation>没有名为“{kind}”的文档（counselor-app print --list 会列出可打印的文档）。</translation>
        </message>
        <message>
            <source>print --list takes no document, --out or document options.</source>
            <translation>print --list 不能与文档名、--out 或文档选项一起使用。</translation>
        </message>
        <message>
            <source>Say where to write the PDF: --out FILE.pdf.</source>
            <translation>请用 --out 文件名.pdf 指明 PDF 写到哪里。</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>文件夹“{folder}”不存在。</translation>
        </message>
        <message>
            <source>The document “{document}” needs {options}.</source>
            <translation>文档“{document}”需要提供 {options}。</translation>
        </message>
        <message>
            <source>The document “{document}” does not take {options}.</source>
            <translation>文档“{document}”不接受 {options}。</translation>
        </message>
        <message>
            <source>The document “{document}” is never saved as a file: it is printed only when its key is shown, by the set-up wizard or by New recovery key… on the Backup page.</source>
            <translation>文档“{document}”不会保存为文件：只在显示恢复密钥时打印，即在设置向导中或在“备份与恢复”页点“新的恢复密钥…”时。</translation>
        </message>
        <message>
            <source>{value} is not a month (write it as 2026-09).</source>
            <translation>{value} 不是有效月份（请写成 2026-09 的格式）。</translation>
        </message>
        <message>
            <source>“{value}” is not a record's number: --id takes the number the application shows for it (digits).</source>
            <translation>“{value}”不是记录的编号：--id 应填写软件中显示的编号（数字）。</translation>
        </message>
        <message>
            <source>No student is in the class {class_name}.</source>
            <translation>班级“{class_name}”中没有学生。</translation>
        </message>
        <message>
            <source>No student is in the grade {grade}.</source>
            <translation>“{grade}”中没有学生。</translation>
        </message>
        <message>
            <source>No student is in the class {class_name} of {grade}.</source>
            <translation>“{grade}”的班级“{class_name}”中没有学生。</translation>
        </message>
        <message>
            <source>There is a class {class_name} in several grades ({grades}): choose the grade as well.</source>
            <translation>多个年级中都有班级“{class_name}”（{grades}）：请同时指定年级。</translation>
        </message>
        <message>
            <source>The class {class_name} is only in archived grades ({grades}): choose the grade as well.</source>
            <translation>班级“{class_name}”只在已归档的年级中（{grades}）：请同时指定年级。</translation>
        </message>
        <message>
            <source>Enter a password to encrypt the PDF document with.</source>
            <translation>请输入用于加密该 PDF 文件的密码。</translation>
        </message>
        <message>
            <source>There is no document called “{kind}”.</source>
            <translation>没有名为“{kind}”的文档。</translation>
        </message>
        <message>
            <source>The document “{document}” needs --{parameter}.</source>
            <translation>文档“{document}”需要提供 --{parameter}。</translation>
        </message>
        <message>
            <source>The document “{document}” does not take --{parameter}.</source>
            <translation>文档“{document}”不接受 --{parameter}。</translation>
        </message>
        <message>
            <source>The document “{document}” may not be saved on a computer; print it.</source>
            <translation>“{document}”不能保存在电脑上，请打印。</translation>
        </message>
        <message>
            <source>This school year is not in the calendar.</source>
            <translation>校历中没有这个学年。</translation>
        </message>
        <message>
            <source>No student in the register has this student number.</source>
            <translation>名册中没有这个学号的学生。</translation>
        </message>
        <message>
            <source>no office head has signed this account</source>
            <translation>该账户没有经过负责人签名</translation>
        </message>
        <message>
            <source>the account differs from what an office head signed</source>
            <translation>账户与负责人签名的内容不一致</translation>
        </message>
        <message>
            <source>the office's signed list of accounts was changed or replaced</source>
            <translation>办公室已签名的账户名单被改动或替换</translation>
        </message>
        <message>
            <source>the account's key does not match what an office head signed</source>
            <translation>账户的密钥与负责人签名的不一致</translation>
        </message>
        <message>
            <source>the role needs the clinical key, which this account does not hold</source>
            <translation>该角色需要临床密钥，而此账户没有</translation>
        </message>
        <message>
            <source>key-change journal</source>
            <translation>密钥更换日志</translation>
        </message>
        <message>
            <source>its confidential records are under a clinical key that neither today's keys nor your password on the backup open</source>
            <translation>其中的保密记录所用的临床密钥，当前的密钥和您在该备份中的密码都打不开</translation>
        </message>
        <message>
            <source>This watch-list entry does not exist.</source>
            <translation>该重点关注条目不存在。</translation>
        </message>
        <message>
            <source>This student already has an open watch-list entry: open it instead of adding a second one.</source>
            <translation>该学生已有一条未关闭的重点关注条目，请打开该条目，不要重复新增。</translation>
        </message>
        <message>
            <source>Choose how the student came to the watch list.</source>
            <translation>请选择发现渠道。</translation>
        </message>
        <message>
            <source>Choose a risk level from the office's list.</source>
            <translation>请从本室的关注等级中选择。</translation>
        </message>
        <message>
            <source>This student has no open watch-list entry, so the meeting cannot decide on one. Put the student on the watch list first, or reopen the closed entry, then record the decision.</source>
            <translation>该学生没有在册的重点关注条目，会议无法对其作出结论。请先将其纳入重点关注清单或重新开启已关闭的条目，再填写结论。</translation>
        </message>
        <message>
            <source>Measure {n}: write what is to be done.</source>
            <translation>措施 {n}：请写明具体内容。</translation>
        </message>
        <message>
            <source>Measure {n}: the due date {day} is before the meeting day.</source>
            <translation>措施 {n}：完成时限 {day} 早于会议日期。</translation>
        </message>
        <message>
            <source>A decision has at most {max} measures.</source>
            <translation>一项结论最多 {max} 条措施。</translation>
        </message>
        <message>
            <source>Unknown class of case (mild or severe).</source>
            <translation>未知的分类（应为轻症或重症）。</translation>
        </message>
        <message>
            <source>No decision was recorded for this student.</source>
            <translation>该学生尚未填写研判结论。</translation>
        </message>
        <message>
            <source>Write down the concern: what was noticed, by whom.</source>
            <translation>请填写关注事由：发现了什么、由谁发现。</translation>
        </message>
        <message>
            <source>Write the hospital's name.</source>
            <translation>请填写医院名称。</translation>
        </message>
        <message>
            <source>The directory already has a hospital of this name.</source>
            <translation>医院名录中已有同名医院。</translation>
        </message>
        <message>
            <source>This hospital is not in the directory.</source>
            <translation>医院名录中没有这家医院。</translation>
        </message>
        <message>
            <source>{field}: not a valid phone number (11 digits for a mobile, or a landline with its area code).</source>
            <translation>{field}：电话号码无效（手机为11位数字，座机需带区号）。</translation>
        </message>
        <message>
            <source>This crisis incident does not exist.</source>
            <translation>该危机事件不存在。</translation>
        </message>
        <message>
            <source>Choose the type of the incident.</source>
            <translation>请选择事件类型。</translation>
        </message>
        <message>
            <source>Choose whether the incident is major or general.</source>
            <translation>请选择事件等级（重大或一般）。</translation>
        </message>
        <message>
            <source>Name the student or students involved.</source>
            <translation>请选择涉及的学生。</translation>
        </message>
        <message>
            <source>A student is not in the register.</source>
            <translation>有学生不在学籍中。</translation>
        </message>
        <message>
            <source>This student is not one of the incident's students.</source>
            <translation>该学生不是本事件涉及的学生。</translation>
        </message>
        <message>
            <source>Name who found it.</source>
            <translation>请填写发现人。</translation>
        </message>
        <message>
            <source>Write what was seen.</source>
            <translation>请填写所见情况。</translation>
        </message>
        <message>
            <source>The time {time} is in the future.</source>
            <translation>时间 {time} 晚于现在。</translation>
        </message>
        <message>
            <source>It cannot have been found ({found}) before it happened ({occurred}).</source>
            <translation>发现时间（{found}）不能早于发生时间（{occurred}）。</translation>
        </message>
        <message>
            <source>A step cannot come ({time}) before the incident was found ({found}).</source>
            <translation>处置步骤的时间（{time}）不能早于发现时间（{found}）。</translation>
        </message>
        <message>
            <source>Unknown step of the emergency plan.</source>
            <translation>应急预案中没有这个步骤。</translation>
        </message>
        <message>
            <source>The parents' step is recorded by the attempts to reach them.</source>
            <translation>“通知家长”由联系家长的记录自动登记。</translation>
        </message>
        <message>
            <source>Name who did it.</source>
            <translation>请填写负责人。</translation>
        </message>
        <message>
            <source>Choose how the parents were contacted.</source>
            <translation>请选择联系家长的方式。</translation>
        </message>
        <message>
            <source>Write the entry.</source>
            <translation>请填写内容。</translation>
        </message>
        <message>
            <source>Name who was told.</source>
            <translation>请填写告知对象。</translation>
        </message>
        <message>
            <source>Write why the confidence was broken.</source>
            <translation>请填写突破保密的原因。</translation>
        </message>
        <message>
            <source>This incident is closed.</source>
            <translation>该危机事件已结案。</translation>
        </message>
        <message>
            <source>The incident cannot close yet: the parents of every student must have been reached and the review meeting recorded. The office head may close it with a reason.</source>
            <translation>尚不能结案：须已联系上每名学生的家长并登记复盘会。心理辅导室主任可填写理由后结案。</translation>
        </message>
        <message>
            <source>Write the closing summary.</source>
            <translation>请填写结案小结。</translation>
        </message>
        <message>
            <source>Write why the incident is closed before its loop is complete.</source>
            <translation>请填写在闭环完成前结案的理由。</translation>
        </message>
        <message>
            <source>{field} is too long (at most {max} characters).</source>
            <translation>{field}过长（最多 {max} 个字）。</translation>
        </message>
        <message>
            <source>Someone else changed this incident since you opened it. Nothing was saved: it is shown again as it is now; make your change again.</source>
            <translation>在您打开之后，其他人修改了该事件。本次未保存：已重新显示最新内容，请再次修改。</translation>
        </message>
        <message>
            <source>A date of the cooperation agreement needs the agreement ticked.</source>
            <translation>填写合作协议日期前，请先勾选“签有合作协议”。</translation>
        </message>
        <message>
            <source>The cooperation agreement cannot start in the future ({day}).</source>
            <translation>合作协议的起始日期不能晚于今天（{day}）。</translation>
        </message>
        <message>
            <source>This referral does not exist.</source>
            <translation>该转介单不存在。</translation>
        </message>
        <message>
            <source>Choose the urgency of the referral.</source>
            <translation>请选择转介的紧急程度。</translation>
        </message>
        <message>
            <source>Choose who accompanies the student.</source>
            <translation>请选择陪同人员。</translation>
        </message>
        <message>
            <source>Choose a hospital of the directory.</source>
            <translation>请从医院名录中选择医院。</translation>
        </message>
        <message>
            <source>Write the reason of the referral and what was observed.</source>
            <translation>请填写转介原因及观察到的情况。</translation>
        </message>
        <message>
            <source>The guardian's phone number is not valid (11 digits for a mobile, or a landline with its area code).</source>
            <translation>监护人电话无效（手机为11位数字，座机需带区号）。</translation>
        </message>
        <message>
            <source>This referral is closed: nothing more can be recorded on it.</source>
            <translation>该转介已结案，不能再登记内容。</translation>
        </message>
        <message>
            <source>This referral is closed: its receipt cannot be entered any more.</source>
            <translation>该转介已结案，不能再登记回执。</translation>
        </message>
        <message>
            <source>This referral has not been issued yet.</source>
            <translation>该转介单尚未开具。</translation>
        </message>
        <message>
            <source>This referral has already been issued.</source>
            <translation>该转介单已开具。</translation>
        </message>
        <message>
            <source>Record that the parents were informed (or agreed) before issuing the referral.</source>
            <translation>开具转介单前，请先登记家长已知晓（或同意就医）。</translation>
        </message>
        <message>
            <source>The meeting decided to follow up at school, or the parents refused: this referral is not issued.</source>
            <translation>会商决定在校跟踪，或家长拒绝就医：该转介单不开具。</translation>
        </message>
        <message>
            <source>Choose the meeting's outcome: refer, or follow up at school.</source>
            <translation>请选择会商结论：转介就医或在校跟踪。</translation>
        </message>
        <message>
            <source>Choose what the parents decided.</source>
            <translation>请选择家长意见。</translation>
        </message>
        <message>
            <source>A refusal is signed with its reason: write the reason the parents gave.</source>
            <translation>拒绝就医须签字并写明原因：请填写家长给出的原因。</translation>
        </message>
        <message>
            <source>Name the meeting's participants.</source>
            <translation>请填写参会人员。</translation>
        </message>
        <message>
            <source>Choose the doctor's advice (one of the four).</source>
            <translation>请选择医生建议（四选一）。</translation>
        </message>
        <message>
            <source>Choose why the referral is closed.</source>
            <translation>请选择结案原因。</translation>
        </message>
        <message>
            <source>A referral is completed once its receipt is back; choose another reason to close it before.</source>
            <translation>收回回执后转介才算完成；回执收回前结案请选择其他原因。</translation>
        </message>
        <message>
            <source>This student has left the school.</source>
            <translation>该学生已离校。</translation>
        </message>
        <message>
            <source>This leave does not exist.</source>
            <translation>该请假/休学记录不存在。</translation>
        </message>
        <message>
            <source>This student already has a leave or suspension that is not finished.</source>
            <translation>该学生已有未结束的请假/休学。</translation>
        </message>
        <message>
            <source>Choose leave or suspension.</source>
            <translation>请选择请假或休学。</translation>
        </message>
        <message>
            <source>Choose the reason category.</source>
            <translation>请选择原因类别。</translation>
        </message>
        <message>
            <source>Unknown document in the checklist.</source>
            <translation>材料清单中有未知的材料。</translation>
        </message>
        <message>
            <source>The leave cannot end ({end}) before it starts ({start}).</source>
            <translation>结束日期（{end}）不能早于开始日期（{start}）。</translation>
        </message>
        <message>
            <source>The date {day} is in the future.</source>
            <translation>日期 {day} 晚于今天。</translation>
        </message>
        <message>
            <source>{what} ({day}) cannot be before {other} ({other_day}).</source>
            <translation>{what}（{day}）不能早于{other}（{other_day}）。</translation>
        </message>
        <message>
            <source>This cannot be done now: the leave is “{state}”.</source>
            <translation>当前无法办理：该记录状态为“{state}”。</translation>
        </message>
        <message>
            <source>A suspension also needs the education bureau's approval: enter its date.</source>
            <translation>休学还需教育局审批：请填写审批日期。</translation>
        </message>
        <message>
            <source>Name who approved for the school.</source>
            <translation>请填写学校审批人。</translation>
        </message>
        <message>
            <source>Choose the meeting's conclusion.</source>
            <translation>请选择评估结论。</translation>
        </message>
        <message>
            <source>A postponed return needs the date of the re-assessment, after the meeting.</source>
            <translation>暂缓复学须填写再次评估日期（晚于本次评估会）。</translation>
        </message>
        <message>
            <source>The return assessment meeting has not agreed to the return yet.</source>
            <translation>复学评估会尚未同意复学。</translation>
        </message>
        <message>
            <source>The support plan needs at least one line: who does what, how often.</source>
            <translation>复学支持方案至少需要一项：由谁、做什么、多久一次。</translation>
        </message>
        <message>
            <source>Support line {n}: choose what kind of support it is.</source>
            <translation>支持措施 {n}：请选择措施类别。</translation>
        </message>
        <message>
            <source>Support line {n}: name who carries it out.</source>
            <translation>支持措施 {n}：请填写负责人。</translation>
        </message>
        <message>
            <source>Support line {n}: this person is not on the staff any more.</source>
            <translation>支持措施 {n}：此人已不在教职工名单中。</translation>
        </message>
        <message>
            <source>The support plan lasts from 1 to 12 months.</source>
            <translation>复学支持方案的期限为 1 到 12 个月。</translation>
        </message>
        <message>
            <source>Someone else changed this leave since you opened it. Nothing was saved: it is shown again as it is now; make your change again.</source>
            <translation>在您打开之后，其他人修改了这条记录。本次未保存：已重新显示最新内容，请再次修改。</translation>
        </message>
        <message>
            <source>This student is not on the watch list. A referral opens an entry (source: medical-school liaison); confirm to open one.</source>
            <translation>该学生不在重点关注名单上。开具转介将同时把学生列入重点关注（来源：医教对接），请确认。</translation>
        </message>
        <message>
            <source>Someone else changed this referral since you opened it. Nothing was saved: it is shown again as it is now; make your change again.</source>
            <translation>在您打开之后，其他人修改了这份转介单。本次未保存：已重新显示最新内容，请再次修改。</translation>
        </message>
        <message>
            <source>The date {day} is more than a year ago; check it.</source>
            <translation>日期 {day} 早于一年前，请核对。</translation>
        </message>
        <message>
            <source>This entry is closed. Reopen it first.</source>
            <translation>该条目已关闭，请先重新启用。</translation>
        </message>
        <message>
            <source>An entry cannot go from "{old}" to "{new}" directly.</source>
            <translation>条目不能从“{old}”直接变为“{new}”。</translation>
        </message>
        <message>
            <source>Decide the class of the case (mild or severe) before following it up.</source>
            <translation>转入跟进前，请先确定轻症或重症。</translation>
        </message>
        <message>
            <source>Give the reason for the change.</source>
            <translation>请填写变更原因。</translation>
        </message>
        <message>
            <source>The entry already has this level.</source>
            <translation>条目已是该等级。</translation>
        </message>
        <message>
            <source>A responsible person is not in the register.</source>
            <translation>所选包保人不在教职工名册中。</translation>
        </message>
        <message>
            <source>{name} has left the school and cannot be responsible for a student. Choose someone else.</source>
            <translation>{name} 已离校，不能担任包保人，请另选他人。</translation>
        </message>
        <message>
            <source>Unknown duty of a responsible person.</source>
            <translation>未知的包保职责。</translation>
        </message>
        <message>
            <source>The peer carer must be another student of the register.</source>
            <translation>同伴关爱人须为名册中的另一名学生。</translation>
        </message>
        <message>
            <source>The parent's phone number is not valid (11 digits for a mobile, or a landline with its area code).</source>
            <translation>家长电话号码无效（手机为 11 位，固定电话须带区号）。</translation>
        </message>
        <message>
            <source>Someone else changed this entry since you opened it. Nothing was saved: the entry is shown again as it is now; check it and make your change again.</source>
            <translation>您打开此条目后，已有他人修改了它。本次未保存任何内容：条目已按最新内容重新显示，请核对后再修改一次。</translation>
        </message>
        <message>
            <source>Choose why the entry is closed.</source>
            <translation>请选择关闭原因。</translation>
        </message>
        <message>
            <source>Explain the closing: what changed, who agreed, what support goes on.</source>
            <translation>请说明关闭理由：情况有何变化、经谁同意、后续还有哪些支持。</translation>
        </message>
        <message>
            <source>An entry at the level "{level}" cannot be closed: lower its level first, with the reason.</source>
            <translation>“{level}”等级的条目不能直接关闭：请先降低等级并说明原因。</translation>
        </message>
        <message>
            <source>The closing of this entry is already waiting for the office head.</source>
            <translation>该条目的关闭申请已在等待主任审批。</translation>
        </message>
        <message>
            <source>Nobody asked to close this entry.</source>
            <translation>该条目没有待审批的关闭申请。</translation>
        </message>
        <message>
            <source>This entry is not closed.</source>
            <translation>该条目未关闭。</translation>
        </message>
        <message>
            <source>The office needs at least one risk level.</source>
            <translation>至少需要一个关注等级。</translation>
        </message>
        <message>
            <source>Days between reviews: from {min} to {max}.</source>
            <translation>回访间隔天数应在 {min} 到 {max} 之间。</translation>
        </message>
        <message>
            <source>A level's colour is written #rrggbb.</source>
            <translation>等级颜色应写成 #rrggbb。</translation>
        </message>
        <message>
            <source>A level's code is lower-case letters, digits and _ (at most 20).</source>
            <translation>等级代码只能用小写字母、数字和下划线（最多 20 个）。</translation>
        </message>
        <message>
            <source>Two levels have the same code.</source>
            <translation>有两个等级代码相同。</translation>
        </message>
        <message>
            <source>A level's name has at most {max} characters.</source>
            <translation>等级名称最多 {max} 个字。</translation>
        </message>
        <message>
            <source>At least one level must allow closing an entry.</source>
            <translation>至少要有一个等级允许关闭条目。</translation>
        </message>
        <message>
            <source>The level "{level}" is used by open entries: move them to another level first.</source>
            <translation>仍有未关闭的条目使用“{level}”等级，请先将其调整到其他等级。</translation>
        </message>
        <message>
            <source>Write the plan's goal.</source>
            <translation>请填写一人一策的目标。</translation>
        </message>
        <message>
            <source>A plan needs at least one measure.</source>
            <translation>一人一策至少需要一项措施。</translation>
        </message>
        <message>
            <source>A plan has at most {max} measures.</source>
            <translation>一人一策最多 {max} 项措施。</translation>
        </message>
        <message>
            <source>Unknown type of measure.</source>
            <translation>未知的措施类型。</translation>
        </message>
        <message>
            <source>Unknown state of a measure.</source>
            <translation>未知的措施状态。</translation>
        </message>
        <message>
            <source>Measure {n}: name who carries it out.</source>
            <translation>第 {n} 项措施：请填写负责人。</translation>
        </message>
        <message>
            <source>Measure {n}: the due date is before the start date.</source>
            <translation>第 {n} 项措施：完成期限早于开始日期。</translation>
        </message>
        <message>
            <source>Measure {n}: the due date {day} has already passed.</source>
            <translation>第 {n} 项措施：完成期限 {day} 已经过去。</translation>
        </message>
        <message>
            <source>Measure {n}: the start date {day} is before the entry opened ({opened}).</source>
            <translation>第 {n} 项措施：开始日期 {day} 早于纳入日期（{opened}）。</translation>
        </message>
        <message>
            <source>This measure does not exist.</source>
            <translation>该措施不存在。</translation>
        </message>
        <message>
            <source>Only the measures of the current plan change state.</source>
            <translation>只能更改当前版本一人一策中措施的状态。</translation>
        </message>
        <message>
            <source>The date {day} is before the entry opened ({opened}).</source>
            <translation>日期 {day} 早于纳入日期（{opened}）。</translation>
        </message>
        <message>
            <source>Write what was seen or said.</source>
            <translation>请填写观察到的情况或谈话内容。</translation>
        </message>
        <message>
            <source>Choose how the follow-up was made.</source>
            <translation>请选择随访方式。</translation>
        </message>
        <message>
            <source>Choose a risk level from the office's list, or none.</source>
            <translation>请从本室的关注等级中选择，或不评级。</translation>
        </message>
        <message>
            <source>The next review date {day} has already passed.</source>
            <translation>下次回访日期 {day} 已经过去。</translation>
        </message>
        <message>
            <source>The next review date {day} is before the follow-up.</source>
            <translation>下次回访日期 {day} 早于本次随访。</translation>
        </message>
        <message>
            <source>At this level the next review is due within {days} days of the follow-up, by {latest}.</source>
            <translation>该等级须在随访后 {days} 天内再次回访，即不晚于 {latest}。</translation>
        </message>
        <message>
            <source>The record to add to does not exist.</source>
            <translation>要补充的记录不存在。</translation>
        </message>
        <message>
            <source>Start the meeting before finalizing it.</source>
            <translation>请先开始会议，再定稿。</translation>
        </message>
        <message>
            <source>The meeting is dated {day}: it cannot be finalized before it is held.</source>
            <translation>会议日期为 {day}：会议召开前不能定稿。</translation>
        </message>
        <message>
            <source>Name the chair and the minute-taker before finalizing.</source>
            <translation>定稿前请填写主持人和记录人。</translation>
        </message>
        <message>
            <source>Mark who was present (and who was absent) before finalizing.</source>
            <translation>定稿前请标记出席（及缺席）人员。</translation>
        </message>
        <message>
            <source>{count} people are still only invited: mark each as present or absent.</source>
            <translation>还有 {count} 人仅为应到：请逐一标记出席或缺席。</translation>
        </message>
        <message>
            <source>{count} students on the agenda have no decision yet.</source>
            <translation>议程中还有 {count} 名学生没有研判结论。</translation>
        </message>
        <message>
            <source>Item {n} of the agenda: the student's watch-list entry was closed meanwhile. Record its decision again.</source>
            <translation>议程第 {n} 项：该学生的重点关注条目已在此期间关闭，请重新填写结论。</translation>
        </message>
        <message>
            <source>Item {n} of the agenda: its decision no longer fits the entry, which changed since (level or state). Record the decision again.</source>
            <translation>议程第 {n} 项：条目的等级或状态已变化，原结论不再适用，请重新填写结论。</translation>
        </message>
        <message>
            <source>Addenda are for finalized minutes; change the meeting itself instead.</source>
            <translation>补记只用于已定稿的纪要；未定稿的会议请直接修改。</translation>
        </message>
        <message>
            <source>Write the correction or addition.</source>
            <translation>请填写更正或补充内容。</translation>
        </message>
        <message>
            <source>This referral suggestion does not exist or has its referral already.</source>
            <translation>该转介建议不存在，或已开具转介单。</translation>
        </message>
        <message>
            <source>Choose how the parent was contacted.</source>
            <translation>请选择沟通方式。</translation>
        </message>
        <message>
            <source>Choose the result of the contact.</source>
            <translation>请选择沟通结果。</translation>
        </message>
        <message>
            <source>Name whom you talked to (mother, father, grandmother …).</source>
            <translation>请填写联系对象（母亲、父亲、祖母……）。</translation>
        </message>
        <message>
            <source>Write what was communicated.</source>
            <translation>请填写沟通事实。</translation>
        </message>
        <message>
            <source>The next contact date {day} is before the contact.</source>
            <translation>下次联系日期 {day} 早于本次沟通。</translation>
        </message>
        <message>
            <source>This student has never been on the watch list.</source>
            <translation>该学生从未被纳入重点关注。</translation>
        </message>
        <message>
            <source>The watch-list entry {entry} is not one of this student's entries.</source>
            <translation>关注条目 {entry} 不属于该学生。</translation>
        </message>
        <message>
            <source>“{entry}” is not a watch-list entry number (write it as on the sheets, for example 2026-007).</source>
            <translation>“{entry}”不是关注条目编号（请按表单上的编号填写，例如 2026-007）。</translation>
        </message>
        <message>
            <source>There is no grade “{grade}”. The grades are: {grades}.</source>
            <translation>没有“{grade}”这个年级。现有年级：{grades}。</translation>
        </message>
        <message>
            <source>There is no state “{state}”. Write one of: {states}.</source>
            <translation>没有“{state}”这个状态。请填写以下之一：{states}。</translation>
        </message>
        <message>
            <source>The class {klass} is not in the grade {grade}.</source>
            <translation>{klass}不属于{grade}。</translation>
        </message>
        <message>
            <source>An export with the students' full names must state its purpose (for example: 转介至市精神卫生中心). Give the purpose, or export with the names masked.</source>
            <translation>导出含学生完整姓名的清单必须说明用途（例如：转介至市精神卫生中心）。请填写用途，或遮蔽姓名后导出。</translation>
        </message>
        <message>
            <source>Say what the export is for (for example: 2026 autumn report to the district education bureau).</source>
            <translation>请填写导出用途（例如：2026年秋季学期向区教育局报送）。</translation>
        </message>
        <message>
            <source>The purpose has at most {max} characters.</source>
            <translation>用途最多 {max} 个字。</translation>
        </message>
        <message>
            <source>A short code is 2 to 24 letters, digits, - or _ (for example SFZX).</source>
            <translation>学校简码为 2 至 24 个字母、数字、- 或 _（例如 SFZX）。</translation>
        </message>
        <message>
            <source>the scale</source>
            <translation>量表</translation>
        </message>
        <message>
            <source>item {item}</source>
            <translation>第 {item} 题</translation>
        </message>
        <message>
            <source>answer option {option}</source>
            <translation>第 {option} 个选项</translation>
        </message>
        <message>
            <source>factor {factor}</source>
            <translation>因子“{factor}”</translation>
        </message>
        <message>
            <source>band {band} of factor {factor}</source>
            <translation>因子“{factor}”的等级“{band}”</translation>
        </message>
        <message>
            <source>the bands</source>
            <translation>等级划分</translation>
        </message>
        <message>
            <source>band {band}</source>
            <translation>等级“{band}”</translation>
        </message>
        <message>
            <source>class {band}</source>
            <translation>类别“{band}”</translation>
        </message>
        <message>
            <source>the total</source>
            <translation>总分规则</translation>
        </message>
        <message>
            <source>the positive rule</source>
            <translation>阳性规则</translation>
        </message>
        <message>
            <source>the key items</source>
            <translation>关键题</translation>
        </message>
        <message>
            <source>the validity scale</source>
            <translation>效度量表</translation>
        </message>
        <message>
            <source>the positive-item count (item_stats)</source>
            <translation>阳性项目数（item_stats）</translation>
        </message>
        <message>
            <source>setting {setting}</source>
            <translation>设置项“{setting}”</translation>
        </message>
        <message>
            <source>who the scale is for (applies_to)</source>
            <translation>适用对象（applies_to）</translation>
        </message>
        <message>
            <source>the notes</source>
            <translation>说明（notes）</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>a list of texts</source>
            <translation>文字列表</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true 或 false</translation>
        </message>
        <message>
            <source>a list of item numbers</source>
            <translation>题号列表</translation>
        </message>
        <message>
            <source>a list that is not empty</source>
            <translation>非空列表</translation>
        </message>
        <message>
            <source>an object (fields in curly brackets)</source>
            <translation>对象（写在花括号内的字段）</translation>
        </message>
        <message>
            <source>an object with a Chinese "zh" and an English "en" text</source>
            <translation>含中文 "zh" 和英文 "en" 两段文字的对象</translation>
        </message>
        <message>
            <source>a list of rules</source>
            <translation>规则列表</translation>
        </message>
        <message>
            <source>whole numbers</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>numbers with at most two decimals</source>
            <translation>最多两位小数的数</translation>
        </message>
        <message>
            <source>Scale definition: the file is too large ({size} KB; at most {max} KB).</source>
            <translation>量表定义：文件过大（{size} KB，最多 {max} KB）。</translation>
        </message>
        <message>
            <source>Scale definition: the file is not a text file (save it as UTF-8 JSON).</source>
            <translation>量表定义：该文件不是文本文件（请保存为 UTF-8 编码的 JSON）。</translation>
        </message>
        <message>
            <source>Scale definition: not valid JSON at line {line}, column {column} ({reason}).</source>
            <translation>量表定义：第 {line} 行第 {column} 列不是有效的 JSON（{reason}）。</translation>
        </message>
        <message>
            <source>Scale definition: the file must hold one JSON object (the definition's fields in curly brackets).</source>
            <translation>量表定义：文件内容必须是一个 JSON 对象（定义的各字段写在花括号内）。</translation>
        </message>
        <message>
            <source>Scale definition: {number} is not a number JSON allows, or it is far too large.</source>
            <translation>量表定义：{number} 不是 JSON 允许的数字，或数值过大。</translation>
        </message>
        <message>
            <source>Scale definition: the field "{key}" is written twice in one place.</source>
            <translation>量表定义：字段 "{key}" 在同一处写了两次。</translation>
        </message>
        <message>
            <source>Scale definition: format {found} is not one this version of the application reads (it reads format {known}).</source>
            <translation>量表定义：本版本程序无法读取格式 {found}（可读取格式 {known}）。</translation>
        </message>
        <message>
            <source>Scale definition: the code "{code}" must be 1 to 20 letters, digits, - or _, without spaces.</source>
            <translation>量表定义：代码 "{code}" 须为 1 至 20 个字母、数字、- 或 _，不含空格。</translation>
        </message>
        <message>
            <source>Scale definition: the version must be a whole number, 1 or more.</source>
            <translation>量表定义：版本号须为不小于 1 的整数。</translation>
        </message>
        <message>
            <source>Scale definition: unknown field "{key}" in {where}.</source>
            <translation>量表定义：{where}中有无法识别的字段 "{key}"。</translation>
        </message>
        <message>
            <source>Scale definition: {where} lacks the field "{key}".</source>
            <translation>量表定义：{where}缺少字段 "{key}"。</translation>
        </message>
        <message>
            <source>Scale definition: {where} must be an object (fields in curly brackets).</source>
            <translation>量表定义：{where}须为对象（写在花括号内的字段）。</translation>
        </message>
        <message>
            <source>Scale definition: "{key}" in {where} must be {kind}.</source>
            <translation>量表定义：{where}中的 "{key}" 须为{kind}。</translation>
        </message>
        <message>
            <source>Scale definition: "{key}" in {where} must be from {low} to {high}.</source>
            <translation>量表定义：{where}中的 "{key}" 须在 {low} 到 {high} 之间。</translation>
        </message>
        <message>
            <source>Scale definition: "{key}" in {where} is empty.</source>
            <translation>量表定义：{where}中的 "{key}" 为空。</translation>
        </message>
        <message>
            <source>Scale definition: "{key}" in {where} is too long (at most {max} characters).</source>
            <translation>量表定义：{where}中的 "{key}" 过长（最多 {max} 个字）。</translation>
        </message>
        <message>
            <source>Scale definition: "{key}" in {where} has too many entries (at most {max}).</source>
            <translation>量表定义：{where}中的 "{key}" 条目过多（最多 {max} 条）。</translation>
        </message>
        <message>
            <source>Scale definition: item_count says {count} items, but {found} are listed.</source>
            <translation>量表定义：item_count 写明共 {count} 题，但列出了 {found} 题。</translation>
        </message>
        <message>
            <source>Scale definition: the items must be numbered 1 to {count} in order; entry {position} of the list has the number {number}.</source>
            <translation>量表定义：题目须按顺序编号 1 至 {count}；列表中第 {position} 条的题号是 {number}。</translation>
        </message>
        <message>
            <source>Scale definition: the answer scores must be at least two whole numbers counting up by one (such as 0, 1, 2, 3); found {scores}.</source>
            <translation>量表定义：选项分值须为至少两个依次加一的整数（如 0, 1, 2, 3）；实际为 {scores}。</translation>
        </message>
        <message>
            <source>Scale definition: the answer word "{word}" names two different scores.</source>
            <translation>量表定义：选项文字 "{word}" 对应了两个不同的分值。</translation>
        </message>
        <message>
            <source>Scale definition: the answer word "{word}" in {where} is a number; the scores are the numbers.</source>
            <translation>量表定义：{where}中的选项文字 "{word}" 是数字；数字即分值，选项文字不能是数字。</translation>
        </message>
        <message>
            <source>Scale definition: {where} names item {number}, but the scale has items 1 to {count}.</source>
            <translation>量表定义：{where}中写了第 {number} 题，而本量表只有第 1 至 {count} 题。</translation>
        </message>
        <message>
            <source>Scale definition: {where} names item {number} twice.</source>
            <translation>量表定义：{where}中第 {number} 题出现了两次。</translation>
        </message>
        <message>
            <source>Scale definition: the total counts no item at all.</source>
            <translation>量表定义：总分不包含任何题目。</translation>
        </message>
        <message>
            <source>Scale definition: the standard-score multiplier must be a number above 0.</source>
            <translation>量表定义：标准分系数须为大于 0 的数。</translation>
        </message>
        <message>
            <source>Scale definition: item {number} is in two factors, {first} and {second}; an item belongs to one factor at most.</source>
            <translation>量表定义：第 {number} 题同时属于“{first}”和“{second}”两个因子；每道题最多属于一个因子。</translation>
        </message>
        <message>
            <source>Scale definition: item {number} is in no factor, but this scale requires every scored item in one (factors_cover_total).</source>
            <translation>量表定义：第 {number} 题不在任何因子中，而本量表要求每道计分题都属于一个因子（factors_cover_total）。</translation>
        </message>
        <message>
            <source>Scale definition: two factors have the id "{named}".</source>
            <translation>量表定义：有两个因子的标识都是 "{named}"。</translation>
        </message>
        <message>
            <source>Scale definition: {where} holds item {number}, which the total does not count (excluded or auxiliary).</source>
            <translation>量表定义：{where}包含第 {number} 题，但该题不计入总分（已排除或为附加题）。</translation>
        </message>
        <message>
            <source>Scale definition: "score" in {where} must be "sum" or "mean".</source>
            <translation>量表定义：{where}中的 "score" 须为 "sum"（求和）或 "mean"（均分）。</translation>
        </message>
        <message>
            <source>Scale definition: {where} ends before it starts (min above max).</source>
            <translation>量表定义：{where}的下限大于上限（min 大于 max）。</translation>
        </message>
        <message>
            <source>Scale definition: the bands of {where} must follow one another without gap or overlap: {first} ends at {high}, {second} starts at {low}.</source>
            <translation>量表定义：{where}的各等级须首尾相接，不得有空缺或重叠：“{first}”止于 {high}，“{second}”始于 {low}。</translation>
        </message>
        <message>
            <source>Scale definition: the first band of {where} must start at {low}, the lowest possible score (it starts at {found}).</source>
            <translation>量表定义：{where}的第一个等级须从最低可能分 {low} 开始（实际从 {found} 开始）。</translation>
        </message>
        <message>
            <source>Scale definition: the last band of {where} must end at {high}, the highest possible score (it ends at {found}).</source>
            <translation>量表定义：{where}的最后一个等级须止于最高可能分 {high}（实际止于 {found}）。</translation>
        </message>
        <message>
            <source>Scale definition: the limits of {where} must be {grid}.</source>
            <translation>量表定义：{where}的上下限须为{grid}。</translation>
        </message>
        <message>
            <source>Scale definition: two bands of {where} are called {named}.</source>
            <translation>量表定义：{where}中有两个等级都叫“{named}”。</translation>
        </message>
        <message>
            <source>Scale definition: the bands must have either "ranges" (score ranges) or "classes" (rules), not both or neither.</source>
            <translation>量表定义：等级划分须有 "ranges"（分数段）或 "classes"（规则分类）二者之一，不能两者都有或都没有。</translation>
        </message>
        <message>
            <source>Scale definition: score ranges apply to "total", "total_mean" or (with a standard-score multiplier) "standard", not "{measure}".</source>
            <translation>量表定义：分数段只能用于 "total"、"total_mean" 或（设有标准分系数时）"standard"，不能用于 "{measure}"。</translation>
        </message>
        <message>
            <source>Scale definition: the classes need at least two entries (the last one takes everyone else).</source>
            <translation>量表定义：规则分类至少须有两类（最后一类收纳其余所有人）。</translation>
        </message>
        <message>
            <source>Scale definition: the last class ({named}) must have no rules: it takes everyone the classes above do not.</source>
            <translation>量表定义：最后一类（{named}）不能带规则：它收纳前面各类之外的所有人。</translation>
        </message>
        <message>
            <source>Scale definition: class {named} has no rules; only the last class may have none.</source>
            <translation>量表定义：类别“{named}”没有规则；只有最后一类可以不带规则。</translation>
        </message>
        <message>
            <source>Scale definition: a rule of {where} uses "{measure}", which this scale does not have (it has: {known}).</source>
            <translation>量表定义：{where}中的一条规则使用了本量表没有的 "{measure}"（可用：{known}）。</translation>
        </message>
        <message>
            <source>Scale definition: a rule of {where} compares with "{op}"; use &gt;=, &gt;, &lt;=, &lt; or ==.</source>
            <translation>量表定义：{where}中的一条规则使用了比较符 "{op}"；请使用 &gt;=、&gt;、&lt;=、&lt; 或 ==。</translation>
        </message>
        <message>
            <source>Scale definition: a rule of {where} names the factor "{named}", which the scale does not have.</source>
            <translation>量表定义：{where}中的一条规则引用了本量表没有的因子 "{named}"。</translation>
        </message>
        <message>
            <source>Scale definition: a rule of {where} names the band "{named}", which the scale does not have.</source>
            <translation>量表定义：{where}中的一条规则引用了本量表没有的等级 "{named}"。</translation>
        </message>
        <message>
            <source>Scale definition: the positive rule needs at least one condition.</source>
            <translation>量表定义：阳性规则至少须有一个条件。</translation>
        </message>
        <message>
            <source>Scale definition: "{setting}" is used as a setting but not defined under "settings".</source>
            <translation>量表定义：引用了设置项 "{setting}"，但 "settings" 中没有定义它。</translation>
        </message>
        <message>
            <source>Scale definition: the setting "{setting}" is used by no rule.</source>
            <translation>量表定义：设置项 "{setting}" 没有被任何规则使用。</translation>
        </message>
        <message>
            <source>Scale definition: the name of {where} must be lower-case letters, digits and _.</source>
            <translation>量表定义：{where}的名称只能由小写字母、数字和 _ 组成。</translation>
        </message>
        <message>
            <source>Scale definition: the value of {where} must be a number, a comparison (&gt;=, &gt;, &lt;=, &lt;, ==) or a list of item numbers.</source>
            <translation>量表定义：{where}的值须为数字、比较符（&gt;=、&gt;、&lt;=、&lt;、==）或题号列表。</translation>
        </message>
        <message>
            <source>Scale definition: the validity items must not count in the total; item {number} does (list it under total.exclude).</source>
            <translation>量表定义：效度题不能计入总分；第 {number} 题被计入了（请列入 total.exclude）。</translation>
        </message>
        <message>
            <source>Scale definition: grade_levels must be two grades from 1 to 12, the first not above the second (such as [4, 12]).</source>
            <translation>量表定义：grade_levels 须为 1 至 12 之间的两个年级，前者不大于后者（如 [4, 12]）。</translation>
        </message>
        <message>
            <source>{scale}: answers are missing for item(s) {numbers}; the sheet cannot be scored.</source>
            <translation>{scale}：第 {numbers} 题未作答，无法计分。</translation>
        </message>
        <message>
            <source>{scale}: answers are missing for item(s) {numbers}; the sheet cannot be scored. A key item was hit (item(s) {keys}): a counselor needs to review it promptly.</source>
            <translation>{scale}：第 {numbers} 题未作答，无法计分。命中关键题目（第 {keys} 题），请尽快人工复核。</translation>
        </message>
        <message>
            <source>{scale} has no item {number}.</source>
            <translation>{scale}没有第 {number} 题。</translation>
        </message>
        <message>
            <source>{scale}, item {number}: {value} is not an answer score (the scores run from {low} to {high}).</source>
            <translation>{scale}第 {number} 题：{value} 不是有效的选项分值（分值为 {low} 至 {high}）。</translation>
        </message>
        <message>
            <source>{scale}: neither a total nor a factor score was given.</source>
            <translation>{scale}：既没有总分，也没有因子分。</translation>
        </message>
        <message>
            <source>{scale}: the {what} "{value}" is not a number.</source>
            <translation>{scale}：{what} "{value}" 不是数字。</translation>
        </message>
        <message>
            <source>{scale}: the {what} {value} must be a whole number.</source>
            <translation>{scale}：{what} {value} 须为整数。</translation>
        </message>
        <message>
            <source>{scale}: the {what} {value} has more than two decimals.</source>
            <translation>{scale}：{what} {value} 超过两位小数。</translation>
        </message>
        <message>
            <source>{scale}: the {what} {value} is outside the possible range ({low} to {high}).</source>
            <translation>{scale}：{what} {value} 超出可能的范围（{low} 至 {high}）。</translation>
        </message>
        <message>
            <source>{scale} has no factor "{named}".</source>
            <translation>{scale}没有因子 "{named}"。</translation>
        </message>
        <message>
            <source>{scale}: the total {total} is not the sum of the factor scores ({sum}).</source>
            <translation>{scale}：总分 {total} 不等于各因子分之和（{sum}）。</translation>
        </message>
        <message>
            <source>total</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>score of factor {named}</source>
            <translation>因子“{named}”的得分</translation>
        </message>
        <message>
            <source>count of positive items</source>
            <translation>阳性项目数</translation>
        </message>
        <message>
            <source>validity (lie) score</source>
            <translation>效度（测谎）分</translation>
        </message>
        <message>
            <source>The date {value} is not valid. Write it like 2026-11-02.</source>
            <translation>日期 {value} 无效。请写成 2026-11-02 这样的格式。</translation>
        </message>
        <message>
            <source>A weekday is a number from 0 (Monday) to 6 (Sunday).</source>
            <translation>星期用 0（周一）到 6（周日）的数字表示。</translation>
        </message>
        <message>
            <source>Give the shift a period, e.g. lunch break.</source>
            <translation>请填写班次的时段名称，例如午休。</translation>
        </message>
        <message>
            <source>A name has at most {max} characters.</source>
            <translation>名称最多 {max} 个字。</translation>
        </message>
        <message>
            <source>A shift must end after it starts, on the same day ({start}–{end}).</source>
            <translation>班次的结束时间必须晚于开始时间，且在同一天（{start}–{end}）。</translation>
        </message>
        <message>
            <source>A shift needs from 1 to {max} people.</source>
            <translation>每个班次需要 1 到 {max} 人。</translation>
        </message>
        <message>
            <source>Say when the person cannot take duty: a date (or from–to) or a weekday.</source>
            <translation>请说明何时不能值班：某一天（或起止日期），或每周的某一天。</translation>
        </message>
        <message>
            <source>The last day ({last}) comes before the first ({first}).</source>
            <translation>结束日期（{last}）早于开始日期（{first}）。</translation>
        </message>
        <message>
            <source>This swap or cover request does not exist.</source>
            <translation>该换班或代班申请不存在。</translation>
        </message>
        <message>
            <source>This duty is in the past: it can no longer be swapped or covered.</source>
            <translation>该值班日期已过，不能再换班或代班。</translation>
        </message>
        <message>
            <source>Choose a duty of another person.</source>
            <translation>请选择其他人的值班。</translation>
        </message>
        <message>
            <source>Both duties are the same shift: there is nothing to swap.</source>
            <translation>两个值班是同一班次，无需换班。</translation>
        </message>
        <message>
            <source>A request for one of these duties is already open.</source>
            <translation>其中一个值班已有未处理的申请。</translation>
        </message>
        <message>
            <source>This request is already {state}.</source>
            <translation>该申请已是“{state}”状态。</translation>
        </message>
        <message>
            <source>The colleague has not accepted this swap yet.</source>
            <translation>同事尚未同意此次换班。</translation>
        </message>
        <message>
            <source>Only a swap is accepted by a colleague; a cover goes to the head directly.</source>
            <translation>只有换班需要同事同意；代班直接由负责人审批。</translation>
        </message>
        <message>
            <source>Only the colleague asked can accept or decline this swap, from their own account.</source>
            <translation>只有被请求换班的同事本人能用自己的账号同意或拒绝此次换班。</translation>
        </message>
        <message>
            <source>You asked for this swap: the colleague has to answer it.</source>
            <translation>此次换班是您申请的，需由同事答复。</translation>
        </message>
        <message>
            <source>Choose why the duty is given away.</source>
            <translation>请选择换班或代班的原因。</translation>
        </message>
        <message>
            <source>The one asking cannot take the duty of {day}: {why}</source>
            <translation>申请人无法接 {day} 的值班：{why}</translation>
        </message>
        <message>
            <source>The colleague cannot take the duty of {day}: {why}</source>
            <translation>对方无法接 {day} 的值班：{why}</translation>
        </message>
        <message>
            <source>One of the duties changed hands since the request was made. Nothing was changed: the request can only be rejected.</source>
            <translation>申请提出后，其中一个值班已换了人。未做任何更改：此申请只能不予批准。</translation>
        </message>
        <message>
            <source>The dates must lie inside the semester ({start} to {end}).</source>
            <translation>日期必须在本学期内（{start} 至 {end}）。</translation>
        </message>
        <message>
            <source>The last day comes before the first.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>These days are past: a roster is generated from today on.</source>
            <translation>这些日期已过：值班表只从今天起生成。</translation>
        </message>
        <message>
            <source>The roster changed since this preview was made. Nothing was saved: make the preview again.</source>
            <translation>生成预览后值班表已有变动。未保存任何内容，请重新预览。</translation>
        </message>
        <message>
            <source>This shift does not take place on {day}.</source>
            <translation>{day} 没有这个班次。</translation>
        </message>
        <message>
            <source>This person is already on this shift.</source>
            <translation>此人已在该班次值班。</translation>
        </message>
        <message>
            <source>This shift already has the {heads} people it needs.</source>
            <translation>该班次已满 {heads} 人。</translation>
        </message>
        <message>
            <source>This person is not on the semester's duty list.</source>
            <translation>此人不在本学期值班人员名单中。</translation>
        </message>
        <message>
            <source>This person has left the school or their account is deactivated.</source>
            <translation>此人已离校或账号已停用。</translation>
        </message>
        <message>
            <source>This person may not take this shift (see who may take it).</source>
            <translation>此人不能值此班次（请查看该班次的值班人员要求）。</translation>
        </message>
        <message>
            <source>This person is unavailable then ({reason}).</source>
            <translation>此人该时段不可值班（{reason}）。</translation>
        </message>
        <message>
            <source>This person is on another shift at the same time.</source>
            <translation>此人同一时间另有值班。</translation>
        </message>
        <message>
            <source>This duty does not exist.</source>
            <translation>该值班不存在。</translation>
        </message>
        <message>
            <source>A duty log or a swap request refers to this duty: it cannot be removed. Give it to someone else.</source>
            <translation>该值班已有值班记录或换班申请，不能删除。请改由他人值班。</translation>
        </message>
        <message>
            <source>Your account is not linked to a staff member: ask the office head to link it (Staff page).</source>
            <translation>您的账号未关联教职工，请负责人在“教职工”页面关联。</translation>
        </message>
        <message>
            <source>The holidays of {years} are not known yet, so the school days cannot be planned. Enter them on the School calendar page (Register and calendar), then try again.</source>
            <translation>{years} 年的放假安排尚未录入，无法确定上课日。请在“名册与校历 → 校历”页面录入后再试。</translation>
        </message>
        <message>
            <source>{gaps} seat(s) of the roster are still empty. Publish anyway only if you confirm it.</source>
            <translation>值班表还有 {gaps} 个空缺。确认后才能照此发布。</translation>
        </message>
        <message>
            <source>{conflicts} duty(ies) break a rule (someone unavailable, on two shifts at once, who left or whose account is deactivated). Resolve them before publishing.</source>
            <translation>有 {conflicts} 个值班不符合规则（人员不可值班、同一时间两个班次、已离校或账号已停用）。请先处理后再发布。</translation>
        </message>
        <message>
            <source>No scale is called {name}. The office's scales: {scales}.</source>
            <translation>没有名为“{name}”的量表。本室的量表：{scales}。</translation>
        </message>
        <message>
            <source>The office has version {version} of {code} already, with other rules. A changed definition needs a higher "version" (results keep the version that scored them).</source>
            <translation>本室已有 {code} 第 {version} 版，规则与此不同。修改后的定义须使用更高的“version”（已有结果保留当时计分所用的版本）。</translation>
        </message>
        <message>
            <source>The office has this definition already ({code}, version {version}).</source>
            <translation>本室已有这一定义（{code}，第 {version} 版）。</translation>
        </message>
        <message>
            <source>The file {name} cannot be read.</source>
            <translation>无法读取文件 {name}。</translation>
        </message>
        <message>
            <source>This screening campaign does not exist.</source>
            <translation>该测评批次不存在。</translation>
        </message>
        <message>
            <source>Give the campaign a name, e.g. Grade 7 mental-health screening, autumn 2026.</source>
            <translation>请为测评批次命名，例如：2026年秋季七年级心理测评。</translation>
        </message>
        <message>
            <source>The campaign's name is too long (at most {max} characters).</source>
            <translation>测评批次名称过长（最多 {max} 个字）。</translation>
        </message>
        <message>
            <source>Another screening campaign already has this name.</source>
            <translation>已有同名的测评批次。</translation>
        </message>
        <message>
            <source>Choose the grades or classes the campaign screens.</source>
            <translation>请选择本批次测评的年级或班级。</translation>
        </message>
        <message>
            <source>The campaign must end on or after the day it starts.</source>
            <translation>测评批次的结束日期不能早于开始日期。</translation>
        </message>
        <message>
            <source>A chosen grade or class is not in the register.</source>
            <translation>所选的年级或班级不在学籍中。</translation>
        </message>
        <message>
            <source>This student is not one the campaign screens.</source>
            <translation>该学生不在本次测评的范围内。</translation>
        </message>
        <message>
            <source>Unknown disposition (due, absent or exempt).</source>
            <translation>未知的测评状态（应测、请假或免测）。</translation>
        </message>
        <message>
            <source>A student is marked tested when the result is imported; this student has a result already.</source>
            <translation>导入结果时学生会自动标为已测；该学生已有测评结果。</translation>
        </message>
        <message>
            <source>Give the reason why the student is absent or exempt.</source>
            <translation>请填写请假或免测的原因。</translation>
        </message>
        <message>
            <source>The reason is too long (at most {max} characters).</source>
            <translation>原因太长（最多 {max} 个字）。</translation>
        </message>
        <message>
            <source>No screening campaign is called {name}.</source>
            <translation>没有名为 {name} 的心理测评。</translation>
        </message>
        <message>
            <source>The campaign {campaign} screens with {scale}: import its results with that scale.</source>
            <translation>测评批次“{campaign}”使用 {scale} 量表：请用该量表导入其结果。</translation>
        </message>
        <message>
            <source>The file holds no results to import.</source>
            <translation>文件中没有可导入的测评结果。</translation>
        </message>
        <message>
            <source>Results of this campaign changed since the check (another import?): check the file again.</source>
            <translation>检查之后本批次的结果已有变化（可能有人同时导入）：请重新检查文件。</translation>
        </message>
        <message>
            <source>This screening result does not exist.</source>
            <translation>这份测评结果不存在。</translation>
        </message>
        <message>
            <source>Say why the result is corrected (the reason is recorded).</source>
            <translation>请说明更正的原因（原因会被记录）。</translation>
        </message>
        <message>
            <source>The sheet is this student's already.</source>
            <translation>这份答卷已经是该学生的。</translation>
        </message>
        <message>
            <source>This student has a result in the campaign already: remove the wrong one first.</source>
            <translation>该学生在本次测评中已有结果：请先移除错误的那份。</translation>
        </message>
        <message>
            <source>Every sheet of this campaign is scored by the newest version of its scale already.</source>
            <translation>本次测评的所有答卷已经按量表的最新版本计分。</translation>
        </message>
        <message>
            <source>The campaign's results changed since the preview: preview the rescoring again.</source>
            <translation>预览之后测评结果有了变化：请重新预览计分结果。</translation>
        </message>
        <message>
            <source>This sheet hit a key item: say why you open its answers (the reason is recorded).</source>
            <translation>该答卷命中关键题目：查看作答前请说明原因（原因将被记录）。</translation>
        </message>
        <message>
            <source>Export at most one year of duties at a time.</source>
            <translation>每次最多导出一年的值班。</translation>
        </message>
        <message>
            <source>This duty log is signed: it is kept as it is.</source>
            <translation>该值班记录已签名，不能再修改。</translation>
        </message>
        <message>
            <source>This shift has not begun yet: its log is written on the day.</source>
            <translation>该班次尚未开始，值班记录请在当天填写。</translation>
        </message>
        <message>
            <source>The leaving time comes before the arrival.</source>
            <translation>离开时间早于到岗时间。</translation>
        </message>
        <message>
            <source>Write the arrival and leaving times before signing the log.</source>
            <translation>请先填写到岗和离开时间，再签名。</translation>
        </message>
        <message>
            <source>This duty has no log yet.</source>
            <translation>该值班还没有值班记录。</translation>
        </message>
        <message>
            <source>Choose who came or called.</source>
            <translation>请选择来访或来电的人员类别。</translation>
        </message>
        <message>
            <source>Choose the topic of the contact.</source>
            <translation>请选择来访来电的主题。</translation>
        </message>
        <message>
            <source>Choose how the contact was handled.</source>
            <translation>请选择处理方式。</translation>
        </message>
        <message>
            <source>Minutes are a number from 0 to {max}.</source>
            <translation>时长为 0 到 {max} 之间的分钟数。</translation>
        </message>
        <message>
            <source>A text is too long (at most {max} characters).</source>
            <translation>文字过长（最多 {max} 个字）。</translation>
        </message>
        <message>
            <source>The file {file} beside the program should name the office's data folder as a full path, but it does not. Run the installer again and choose the data folder, or start the program with --data-dir.</source>
            <translation>程序旁的文件 {file} 应写明办公室数据文件夹的完整路径，但内容不对。请重新运行安装程序选择数据文件夹，或用 --data-dir 启动程序。</translation>
        </message>
        <message>
            <source>The month must be written as year and month, e.g. 2026-11.</source>
            <translation>月份请写成年和月，例如 2026-11。</translation>
        </message>
        <message>
            <source>The meeting day {day} is not in the month {month}.</source>
            <translation>会议日期 {day} 不在 {month} 月内。</translation>
        </message>
        <message>
            <source>Choose one of the decisions of the list.</source>
            <translation>请从列表中选择研判结论。</translation>
        </message>
        <message>
            <source>Raising the level needs a level higher than the present one.</source>
            <translation>升级需要选择比当前更高的等级。</translation>
        </message>
        <message>
            <source>Lowering the level needs a level lower than the present one.</source>
            <translation>降级需要选择比当前更低的等级。</translation>
        </message>
        <message>
            <source>Only a decision to raise or lower the level changes it.</source>
            <translation>只有“升级”或“降级”结论才会改变等级。</translation>
        </message>
        <message>
            <source>Ending the watch needs the reason for closing the entry.</source>
            <translation>撤销关注需要选择撤销关注原因。</translation>
        </message>
        <message>
            <source>An entry at the level "{level}" cannot end its watch at once: lower its level first (at this meeting: decide to lower it).</source>
            <translation>“{level}”等级的学生不能直接撤销关注：请先降级（本次会议可作出降级结论）。</translation>
        </message>
        <message>
            <source>This entry still waits for its review: decide the class of the case (mild or severe) with the decision.</source>
            <translation>该条目仍待复核：请在结论中同时判定轻症或重症。</translation>
        </message>
        <message>
            <source>The next review date {day} is not after the meeting day.</source>
            <translation>下次复评日期 {day} 不晚于会议日期。</translation>
        </message>
        <message>
            <source>At the level "{level}" the next review is due within {days} days of the meeting, by {latest}.</source>
            <translation>“{level}”等级须在会后 {days} 天内复评，即不晚于 {latest}。</translation>
        </message>
        <message>
            <source>No such semester or school year: {period} (write 2026-2027-1 or 2026-2027).</source>
            <translation>没有这个学期或学年：{period}（请写作 2026-2027-1 或 2026-2027）。</translation>
        </message>
        <message>
            <source>No school year covers today: add it under School calendar first.</source>
            <translation>没有包含今天的学年：请先在“校历”中添加。</translation>
        </message>
        <message>
            <source>Unknown kind of compliance record.</source>
            <translation>未知的合规记录类型。</translation>
        </message>
        <message>
            <source>This record no longer exists.</source>
            <translation>这条记录已不存在。</translation>
        </message>
        <message>
            <source>The date must be a day such as 2026-09-21.</source>
            <translation>日期应写作 2026-09-21 这样的格式。</translation>
        </message>
        <message>
            <source>Give the record a title (at most {max} characters).</source>
            <translation>请填写标题（最多 {max} 个字）。</translation>
        </message>
        <message>
            <source>At most {max} characters.</source>
            <translation>最多 {max} 个字。</translation>
        </message>
        <message>
            <source>Choose a class.</source>
            <translation>请选择班级。</translation>
        </message>
        <message>
            <source>Choose at least one class.</source>
            <translation>请至少选择一个班级。</translation>
        </message>
        <message>
            <source>The class is not in the register.</source>
            <translation>学籍中没有这个班级。</translation>
        </message>
        <message>
            <source>Choose a staff member of the register.</source>
            <translation>请选择教职工名册中的人员。</translation>
        </message>
        <message>
            <source>Lesson periods: from 1 to 10.</source>
            <translation>课时数应为 1 至 10。</translation>
        </message>
        <message>
            <source>Hours: more than 0 and at most {max}.</source>
            <translation>学时应大于 0，且不超过 {max}。</translation>
        </message>
        <message>
            <source>A number of people is a whole number from 0.</source>
            <translation>人数应为不小于 0 的整数。</translation>
        </message>
        <message>
            <source>Choose one of the listed kinds.</source>
            <translation>请从列出的类型中选择。</translation>
        </message>
        <message>
            <source>Amounts and areas are numbers from 0 (leave empty when unknown).</source>
            <translation>金额和面积应为不小于 0 的数字（不清楚时留空）。</translation>
        </message>
        <message>
            <source>The school year does not exist.</source>
            <translation>这个学年不存在。</translation>
        </message>
        <message>
            <source>This review meeting does not exist.</source>
            <translation>该研判会不存在。</translation>
        </message>
        <message>
            <source>This grade or department is not in the register.</source>
            <translation>该年级或院系不在学籍中。</translation>
        </message>
        <message>
            <source>This grade or department is archived: it holds no more meetings.</source>
            <translation>该年级或院系已归档，不再召开研判会。</translation>
        </message>
        <message>
            <source>{grade} already has its review meeting for {month}. A second meeting in the same month is an extra one: give it a name (e.g. 临时研判会).</source>
            <translation>{grade} 已有 {month} 的月度研判会。同月再开会议为临时会议，请为其命名（如“临时研判会”）。</translation>
        </message>
        <message>
            <source>{grade} already has a meeting named "{name}" in {month}.</source>
            <translation>{grade} 在 {month} 已有名为“{name}”的会议。</translation>
        </message>
        <message>
            <source>Write the time as hours and minutes, e.g. 15:30.</source>
            <translation>时间请写成时和分，例如 15:30。</translation>
        </message>
        <message>
            <source>The meeting ends before it starts.</source>
            <translation>会议结束时间早于开始时间。</translation>
        </message>
        <message>
            <source>The meeting day {day} is more than a year away from today; check it.</source>
            <translation>会议日期 {day} 距今超过一年，请核对。</translation>
        </message>
        <message>
            <source>A person chosen is not in the register.</source>
            <translation>所选人员不在教职工名单中。</translation>
        </message>
        <message>
            <source>{name} has left the school. Choose someone else.</source>
            <translation>{name} 已离校，请另选他人。</translation>
        </message>
        <message>
            <source>The meeting has started: its agenda is no longer built from the records; add or remove students by hand.</source>
            <translation>会议已开始：议程不再根据记录自动生成，请手动添加或移除学生。</translation>
        </message>
        <message>
            <source>This meeting is finalized or abandoned and can no longer be changed.</source>
            <translation>该会议已定稿或已放弃，不能再修改。</translation>
        </message>
        <message>
            <source>Give the reason why the meeting is abandoned.</source>
            <translation>请填写放弃会议的原因。</translation>
        </message>
        <message>
            <source>Someone else changed this meeting since you opened it. Nothing was saved: the meeting is shown again as it is now; check it and make your change again.</source>
            <translation>您打开该会议后已有他人修改。本次未保存：会议已按最新内容重新显示，请核对后重新修改。</translation>
        </message>
        <message>
            <source>An export password has {groups} groups of {size} letters and digits.</source>
            <translation>导出密码由 {groups} 组、每组 {size} 个字母或数字组成。</translation>
        </message>
        <message>
            <source>The password does not open this package (or the package is damaged).</source>
            <translation>密码无法打开这个报送包（或报送包已损坏）。</translation>
        </message>
        <message>
            <source>This file is not a bureau report package.</source>
            <translation>这个文件不是教育局报送包。</translation>
        </message>
        <message>
            <source>A series is weekly or every two weeks, for 1 to {max} sessions or until a date after its first day.</source>
            <translation>周期辅导为每周或每两周一次，共 1 到 {max} 次，或截止到首次之后的某一天。</translation>
        </message>
        <message>
            <source>The series holds no school day: every date falls on a holiday or in the vacation.</source>
            <translation>该周期内没有上课日：所有日期都是节假日或假期。</translation>
        </message>
        <message>
            <source>This appointment is not part of a series.</source>
            <translation>该预约不属于周期辅导。</translation>
        </message>
        <message>
            <source>This series does not exist.</source>
            <translation>该周期辅导不存在。</translation>
        </message>
        <message>
            <source>A crisis session is booked alone, not as a series.</source>
            <translation>危机干预只能单次预约，不能设为周期辅导。</translation>
        </message>
        <message>
            <source>This waiting-list request does not exist.</source>
            <translation>该候约不存在。</translation>
        </message>
        <message>
            <source>This student is already on the waiting list.</source>
            <translation>该学生已在候约名单中。</translation>
        </message>
        <message>
            <source>This request is no longer waiting.</source>
            <translation>该候约已不在等待中。</translation>
        </message>
        <message>
            <source>This request has no slot offered.</source>
            <translation>该候约没有提供的空出时段。</translation>
        </message>
        <message>
            <source>The offer of this slot has lapsed.</source>
            <translation>为该学生保留的时段已过期。</translation>
        </message>
        <message>
            <source>Preferred times are written as "weekday HH:MM-HH:MM" (weekday 0 = Monday), separated by ";".</source>
            <translation>希望时间的写法为“星期 HH:MM-HH:MM”（星期 0 为周一），多个时间用“;”分隔。</translation>
        </message>
        <message>
            <source>The last day of the request has already passed.</source>
            <translation>候约的截止日期已过。</translation>
        </message>
        <message>
            <source>Choose the kind of appointment.</source>
            <translation>请选择预约形式。</translation>
        </message>
        <message>
            <source>This appointment does not exist.</source>
            <translation>该预约不存在。</translation>
        </message>
        <message>
            <source>Choose in the room or online.</source>
            <translation>请选择在辅导室还是线上。</translation>
        </message>
        <message>
            <source>Choose how the student came.</source>
            <translation>请选择来访途径。</translation>
        </message>
        <message>
            <source>Choose a room, or book the appointment online.</source>
            <translation>请选择辅导室，或改为线上预约。</translation>
        </message>
        <message>
            <source>This room is no longer in use.</source>
            <translation>该辅导室已停用。</translation>
        </message>
        <message>
            <source>This kind of appointment is for one student.</source>
            <translation>这种预约形式只能预约一名学生。</translation>
        </message>
        <message>
            <source>A group session needs at least two students.</source>
            <translation>团体辅导至少需要两名学生。</translation>
        </message>
        <message>
            <source>A student of this appointment is not in the register or has left the school.</source>
            <translation>本次预约的某名学生不在名册中或已离校。</translation>
        </message>
        <message>
            <source>The time {day} {start} has already passed.</source>
            <translation>时间 {day} {start} 已经过去。</translation>
        </message>
        <message>
            <source>The session would end after midnight.</source>
            <translation>辅导结束时间将超过午夜。</translation>
        </message>
        <message>
            <source>A session lasts between 10 and 240 minutes.</source>
            <translation>每次辅导时长应在 10 到 240 分钟之间。</translation>
        </message>
        <message>
            <source>Only the office head and counselors write the reason of an appointment or the note of a change.</source>
            <translation>只有负责人和心理老师可以填写来访原因或变更说明。</translation>
        </message>
        <message>
            <source>This student has reached the limit of {cap} sessions this semester. A counselor may book more with a reason.</source>
            <translation>该学生本学期已达到 {cap} 次辅导上限。心理老师填写理由后可以继续预约。</translation>
        </message>
        <message>
            <source>An appointment that is "{old}" cannot become "{new}".</source>
            <translation>“{old}”的预约不能改为“{new}”。</translation>
        </message>
        <message>
            <source>Only a booked or confirmed appointment can move to another time.</source>
            <translation>只有已预约或已确认的预约可以改约。</translation>
        </message>
        <message>
            <source>The student came more than {minutes} minutes late, which counts as missed. Mark the appointment as missed, or tick that the session was held anyway.</source>
            <translation>学生迟到超过 {minutes} 分钟，视为未到。请标记为未到，或注明仍然进行了辅导。</translation>
        </message>
        <message>
            <source>Only a missed or late-cancelled appointment can be excused.</source>
            <translation>只有未到或迟取消的预约可以准假。</translation>
        </message>
        <message>
            <source>Write why.</source>
            <translation>请填写原因。</translation>
        </message>
        <message>
            <source>The text is too long (at most {max} characters).</source>
            <translation>内容过长（最多 {max} 个字）。</translation>
        </message>
        <message>
            <source>The appointment has not started yet.</source>
            <translation>预约时间还没有到。</translation>
        </message>
        <message>
            <source>Someone else changed this appointment since you opened it. Nothing was saved: it is shown again as it is now.</source>
            <translation>在你打开之后，其他人修改了这次预约。未作保存：已重新显示最新内容。</translation>
        </message>
        <message>
            <source>This student is not in {grade}: a meeting discusses the students of its own grade or department.</source>
            <translation>该学生不在{grade}：研判会只研判本年级或本院系的学生。</translation>
        </message>
        <message>
            <source>This student is already on the agenda.</source>
            <translation>该学生已在议程中。</translation>
        </message>
        <message>
            <source>This item is not on the meeting's agenda.</source>
            <translation>该条目不在本次会议议程中。</translation>
        </message>
        <message>
            <source>A decision was recorded for this student: clear it before taking the student off the agenda.</source>
            <translation>该学生已有研判结论：请先清除结论，再将其移出议程。</translation>
        </message>
        <message>
            <source>The new order must name every item of the agenda once.</source>
            <translation>新的顺序须包含议程中的每一项且仅一次。</translation>
        </message>
        <message>
            <source>Choose the attendee's role from the list.</source>
            <translation>请从列表中选择参会人员的身份。</translation>
        </message>
        <message>
            <source>Attendance is invited, present or absent.</source>
            <translation>出席情况只能是应到、出席或缺席。</translation>
        </message>
        <message>
            <source>An attendee from outside the school needs a name.</source>
            <translation>校外参会人员须填写姓名。</translation>
        </message>
        <message>
            <source>Give the reason of each absence.</source>
            <translation>请填写每位缺席人员的缺席原因。</translation>
        </message>
        <message>
            <source>A staff member is listed twice.</source>
            <translation>有教职工被重复列入。</translation>
        </message>
        <message>
            <source>“{referral}” is not a referral (write its number as on the form, for example 2026-007).</source>
            <translation>“{referral}”不是转介单（请按转介单上的编号填写，例如 2026-007）。</translation>
        </message>
        <message>
            <source>The period's dates are written YYYY-MM-DD, the first before the last.</source>
            <translation>期间日期请写成 YYYY-MM-DD，开始日期不晚于结束日期。</translation>
        </message>
        <message>
            <source>A session record is written after the session was held (mark it as completed first).</source>
            <translation>辅导完成后才能填写辅导记录（请先标记为已完成）。</translation>
        </message>
        <message>
            <source>The counselor who held the session writes its record.</source>
            <translation>辅导记录由主持辅导的心理老师填写。</translation>
        </message>
        <message>
            <source>This session record does not exist.</source>
            <translation>该辅导记录不存在。</translation>
        </message>
        <message>
            <source>This session record is signed and locked: add an addendum instead.</source>
            <translation>该辅导记录已签名锁定：请添加补充说明。</translation>
        </message>
        <message>
            <source>Only the author of a session record changes or signs it.</source>
            <translation>只有辅导记录的填写人可以修改或签名。</translation>
        </message>
        <message>
            <source>Write at least the presenting problem and the process before signing.</source>
            <translation>签名前至少要填写主诉和辅导过程。</translation>
        </message>
        <message>
            <source>A field of the record is too long (at most {max} characters).</source>
            <translation>辅导记录的某一栏过长（最多 {max} 个字）。</translation>
        </message>
        <message>
            <source>Write the addendum.</source>
            <translation>请填写补充内容。</translation>
        </message>
        <message>
            <source>An addendum is added to a signed record; change the record itself until it is signed.</source>
            <translation>补充说明只能添加到已签名的记录；签名前请直接修改记录。</translation>
        </message>
        <message>
            <source>The student has no open watch-list entry to add a follow-up to.</source>
            <translation>该学生没有在重点关注清单中，无法添加随访。</translation>
        </message>
        <message>
            <source>Give either --semester or --year, not both.</source>
            <translation>请只给出 --semester 或 --year 其中之一。</translation>
        </message>
        <message>
            <source>The file {file} does not exist or cannot be read.</source>
            <translation>文件 {file} 不存在或无法读取。</translation>
        </message>
        <message>
            <source>The package {package} does not match its manifest: {files}. Ask the school to send it again.</source>
            <translation>报送包 {package} 与其清单不符：{files}。请学校重新发送。</translation>
        </message>
        <message>
            <source>The passwords file has no line for {package}.</source>
            <translation>密码文件中没有 {package} 这一行。</translation>
        </message>
        <message>
            <source>The packages are of different periods ({periods}): merge one period at a time.</source>
            <translation>这些报送包属于不同期间（{periods}）：请每次只汇总一个期间。</translation>
        </message>
        <message>
            <source>Two packages come from the same school ({school}): keep one of them.</source>
            <translation>有两个报送包来自同一所学校（{school}）：请只保留一个。</translation>
        </message>
        <message>
            <source>The package {package} holds no report data.</source>
            <translation>报送包 {package} 中没有报告数据。</translation>
        </message>
        <message>
            <source>No semester {value}. Write it as the school year and the semester's number, like 2026-2027-1.</source>
            <translation>没有学期 {value}。请写成学年加学期序号，例如 2026-2027-1。</translation>
        </message>
        <message>
            <source>No semester of the school calendar contains {day}.</source>
            <translation>校历中没有包含 {day} 的学期。</translation>
        </message>
        <message>
            <source>“{leave}” is not a leave (write its number as on the forms, for example 2026-003).</source>
            <translation>“{leave}”不是请假/休学记录（请按表上的编号填写，例如 2026-003）。</translation>
        </message>
        <message>
            <source>This student is not back at school yet: the support plan is made with the return.</source>
            <translation>该学生尚未复学：复学支持方案在办理复学时制定。</translation>
        </message>
        <message>
            <source>“{incident}” is not a crisis incident (write its number as on the report, for example 2026-003).</source>
            <translation>“{incident}”不是危机事件（请按报告上的编号填写，例如 2026-003）。</translation>
        </message>
        <message>
            <source>There is no policy profile called {code}.</source>
            <translation>没有名为 {code} 的政策方案。</translation>
        </message>
        <message>
            <source>This referral is not closed: there is nothing to reopen.</source>
            <translation>该转介尚未结案，无需重新打开。</translation>
        </message>
        <message>
            <source>Write why the referral is reopened.</source>
            <translation>请写明重新打开转介的原因。</translation>
        </message>
    </context>
    <context>
        <name>ExcuseDialog</name>
        <message>
            <source>Absent or exempt</source>
            <translation>请假或免测</translation>
        </message>
        <message>
            <source>{student} ({klass})</source>
            <translation>{student}（{klass}）</translation>
        </message>
        <message>
            <source>The student is:</source>
            <translation>学生：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>e.g. in hospital; in a regular class, the parents asked for an exemption</source>
            <translation>例如：病假住院；随班就读，家长申请免测</translation>
        </message>
        <message>
            <source>Absent and exempt students are not due: the coverage leaves them out. The reason is kept with the clinical records.</source>
            <translation>请假和免测的学生不计入应测，完成率不含他们。原因与心理辅导记录一同加密保存。</translation>
        </message>
        <message>
            <source>Say why the student is absent or exempt.</source>
            <translation>请说明学生请假或免测的原因。</translation>
        </message>
    </context>
    <context>
        <name>FairnessTab</name>
        <message>
            <source>The semester's duties per person; evening and weekend duties are counted apart so that nobody carries all of them.</source>
            <translation>本学期每人的值班次数；晚间值班和周末值班单独统计，避免集中在少数人身上。</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Regular</source>
            <translation>日常</translation>
        </message>
        <message>
            <source>Evening</source>
            <translation>晚间</translation>
        </message>
        <message>
            <source>Weekend</source>
            <translation>周末</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Nobody is on the duty list of this semester yet (Set-up → Duty list…).</source>
            <translation>本学期值班名单上还没有人（设置 → 值班名单…）。</translation>
        </message>
        <message>
            <source>No duties in this semester yet: generate the roster.</source>
            <translation>本学期还没有值班：请生成值班表。</translation>
        </message>
        <message>
            <source>{people} people · from {low} to {high} duties each</source>
            <translation>{people} 人 · 每人 {low} 至 {high} 次</translation>
        </message>
    </context>
    <context>
        <name>FinalizeDialog</name>
        <message>
            <source>Finalize the meeting</source>
            <translation>会议定稿</translation>
        </message>
        <message>
            <source>Loading what will change…</source>
            <translation>正在读取将要发生的变更…</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>学生</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>下次回访</translation>
        </message>
        <message>
            <source>New measures</source>
            <translation>新增措施</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Finalizing applies every decision to the watch list at once and locks the minutes: afterwards they can only be corrected by an addendum.</source>
            <translation>定稿后，所有决定将一次性写入重点关注清单，会议纪要随即锁定，此后只能以补充说明的方式更正。</translation>
        </message>
        <message>
            <source>Finalize</source>
            <translation>定稿</translation>
        </message>
        <message>
            <source>{before} → {after}</source>
            <translation>{before} → {after}</translation>
        </message>
        <message>
            <source>closing asked (the head approves)</source>
            <translation>已申请撤销关注（待主任审批）</translation>
        </message>
        <message>
            <source>a draft referral is opened</source>
            <translation>将生成转介单草稿</translation>
        </message>
        <message>
            <source>{count} decisions will reach the watch list: {raised} raised, {lowered} lowered, {closing} ending the watch, {measures} new plan measures.</source>
            <translation>共 {count} 项决定将写入重点关注清单：升级 {raised} 人，降级 {lowered} 人，撤销关注 {closing} 人，新增措施 {measures} 条。</translation>
        </message>
        <message>
            <source>{count} students on the agenda have no decision yet.</source>
            <translation>议程中还有 {count} 名学生尚未作出决定。</translation>
        </message>
        <message>
            <source>{count} decisions no longer fit their entries: record them again first.</source>
            <translation>有 {count} 项决定已与学生当前的关注记录不符，请先重新作出决定。</translation>
        </message>
    </context>
    <context>
        <name>FirstPasswordDialog</name>
        <message>
            <source>Set your own password</source>
            <translation>设置您自己的密码</translation>
        </message>
        <message>
            <source>Welcome, {name}. Your password was given to you by the office head. Choose your own now: nobody else may know it.</source>
            <translation>欢迎，{name}。您现在的密码是办公室负责人设置的。请立即设置您自己的密码，它只能由您本人知道。</translation>
        </message>
        <message>
            <source>Password from the office head:</source>
            <translation>负责人给的密码：</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
        <message>
            <source>Repeat new password:</source>
            <translation>再次输入新密码：</translation>
        </message>
        <message>
            <source>At least 10 characters (an office head or counselor: 12, not digits only, not a sequence); not a common password; not containing the login.</source>
            <translation>至少 10 个字符（办公室负责人和心理教师：至少 12 个，不能只有数字，不能是连续字符）；不能是常见密码；不能包含登录名。</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Record a follow-up</source>
            <translation>记录随访</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>方式：</translation>
        </message>
        <message>
            <source>What was seen:</source>
            <translation>所见情况：</translation>
        </message>
        <message>
            <source>What the student said and did, what others reported</source>
            <translation>学生的言行，其他人反映的情况</translation>
        </message>
        <message>
            <source>unchanged ({level})</source>
            <translation>不变（{level}）</translation>
        </message>
        <message>
            <source>Re-rating:</source>
            <translation>重新评估：</translation>
        </message>
        <message>
            <source>Next review:</source>
            <translation>下次回访：</translation>
        </message>
        <message>
            <source>A re-rating other than the current level changes the entry's level (its history names this follow-up). The next review is due within the level's interval.</source>
            <translation>重新评估为其他等级时，条目的等级随之改变（变更记录注明本次随访）。下次回访须在该等级的间隔之内。</translation>
        </message>
    </context>
    <context>
        <name>FollowUpMethod</name>
        <message>
            <source>talk</source>
            <translation>谈话</translation>
        </message>
        <message>
            <source>phone call with a parent</source>
            <translation>家长电话</translation>
        </message>
        <message>
            <source>home visit</source>
            <translation>家访</translation>
        </message>
        <message>
            <source>counseling session</source>
            <translation>心理辅导</translation>
        </message>
        <message>
            <source>medical visit</source>
            <translation>就医</translation>
        </message>
        <message>
            <source>observation</source>
            <translation>观察</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsTab</name>
        <message>
            <source>Record a follow-up…</source>
            <translation>记录随访…</translation>
        </message>
        <message>
            <source>No follow-up has been recorded yet.</source>
            <translation>还没有随访记录。</translation>
        </message>
        <message>
            <source>re-rated: {level}</source>
            <translation>重新评估：{level}</translation>
        </message>
    </context>
    <context>
        <name>Gender</name>
        <message>
            <source>not given</source>
            <translation>未填写</translation>
        </message>
        <message>
            <source>male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>female</source>
            <translation>女</translation>
        </message>
    </context>
    <context>
        <name>GenerateDialog</name>
        <message>
            <source>Generate the duty roster</source>
            <translation>生成值班表</translation>
        </message>
        <message>
            <source>Save the roster</source>
            <translation>保存值班表</translation>
        </message>
        <message>
            <source>The school days of the range are planned from the set-up: holidays skipped, make-up workdays with the timetable they follow, nobody on duty while unavailable or twice at the same time, the counts kept even. Nothing is saved before you save it.</source>
            <translation>按设置为所选日期内的上课日排班：跳过节假日，调休上班日按所对应的课表排班；不会安排不可值班的人，也不会让同一人同一时间值两个班；尽量让每人次数均衡。点击保存之前不会写入任何内容。</translation>
        </message>
        <message>
            <source>Keep the changes made by hand</source>
            <translation>保留手动调整</translation>
        </message>
        <message>
            <source>Unticked, the duties put in by hand are planned again too (a duty a log or a request refers to always stays).</source>
            <translation>不勾选时，手动安排的值班也会重新排（已有值班记录或换班申请的值班始终保留）。</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>从：</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>至：</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Regular</source>
            <translation>日常</translation>
        </message>
        <message>
            <source>Evening</source>
            <translation>晚间</translation>
        </message>
        <message>
            <source>Weekend</source>
            <translation>周末</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Empty seats</source>
            <translation>空缺</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Double-click an empty seat to fill it by hand in the month.</source>
            <translation>双击空缺，可在月值班表中手动安排那一天。</translation>
        </message>
        <message>
            <source>Only the days whose holidays are known; the rest of the semester once the holidays of the next year are entered.</source>
            <translation>只安排放假安排已知的日期；下一年的放假安排录入后，再安排本学期其余的日期。</translation>
        </message>
        <message>
            <source>Save the roster first; then a double-click on an empty seat opens its day in the month.</source>
            <translation>请先保存值班表；保存后，双击空缺即可在月值班表中打开那一天。</translation>
        </message>
        <message>
            <source>{first} to {last}: {seats} seat(s) to fill, {planned} duty(ies) planned, {gaps} seat(s) left empty.</source>
            <translation>{first} 至 {last}：共 {seats} 个值班岗次，已安排 {planned} 个，空缺 {gaps} 个。</translation>
        </message>
        <message>
            <source>{count} duty(ies) of the range saved before are replaced.</source>
            <translation>将替换此范围内之前保存的 {count} 个值班。</translation>
        </message>
        <message>
            <source>The roster is published through {day}: saving changes duties the colleagues may already know.</source>
            <translation>值班表已发布至 {day}：保存后会改变同事们可能已经知道的值班。</translation>
        </message>
        <message>
            <source>{count} kept duty(ies) break a rule: see Check and publish.</source>
            <translation>保留的值班中有 {count} 个违反规则，请在“检查并发布”中查看。</translation>
        </message>
        <message>
            <source>Make-up workdays without a timetable (choose one in the set-up): {days}.</source>
            <translation>以下调休上班日尚未指定课表（请在设置中选择）：{days}。</translation>
        </message>
        <message>
            <source>The counts include the semester's duties outside the range.</source>
            <translation>次数包含本学期此范围以外的值班。</translation>
        </message>
        <message>
            <source>Only through {day}</source>
            <translation>只排到 {day}</translation>
        </message>
        <message>
            <source>Change the published roster?</source>
            <translation>更改已发布的值班表？</translation>
        </message>
        <message>
            <source>The roster is published through {day}. Saving replaces {count} duty(ies) of the range that the colleagues may already know; print the month again and tell those whose duties change. Save the new roster?</source>
            <translation>值班表已发布至 {day}。保存后将替换此范围内 {count} 个同事可能已经知道的值班；请重新打印月值班表，并通知值班有变动的同事。确定保存新的值班表吗？</translation>
        </message>
        <message>
            <source>Save the new roster</source>
            <translation>保存新的值班表</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Saved: {count} duty(ies) put on the roster. Check and publish it when it is complete.</source>
            <translation>已保存：{count} 个值班已排入值班表。排好后请检查并发布。</translation>
        </message>
    </context>
    <context>
        <name>GuardiansSection</name>
        <message>
            <source>No guardian is recorded in the register.</source>
            <translation>名册中未登记监护人。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
    </context>
    <context>
        <name>HeadPage</name>
        <message>
            <source>The office head's account</source>
            <translation>办公室负责人账号</translation>
        </message>
        <message>
            <source>The office head manages users, backups and the audit trail.</source>
            <translation>办公室负责人管理用户、备份和审计日志。</translation>
        </message>
        <message>
            <source>Latin letters and digits, e.g. wangli</source>
            <translation>英文字母和数字，如 wangli</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>登录名：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Repeat password:</source>
            <translation>再次输入密码：</translation>
        </message>
        <message>
            <source>At least 12 characters, not digits only, not a sequence; not a common password; not containing the login. The office head's password opens the counseling records.</source>
            <translation>至少 12 个字符，不能只有数字，不能是连续字符；不能是常见密码；不能包含登录名。办公室负责人的密码能打开心理辅导记录。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>HistorySection</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>学籍状态</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>学年</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>离开日期</translation>
        </message>
        <message>
            <source>now</source>
            <translation>至今</translation>
        </message>
        <message>
            <source>No class is recorded for this student.</source>
            <translation>该学生尚无班级记录。</translation>
        </message>
        <message>
            <source>Class by school year</source>
            <translation>各学年所在班级</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>变更内容</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>HolidayButtons</name>
        <message>
            <source>Open the School calendar page</source>
            <translation>打开“校历”页面</translation>
        </message>
    </context>
    <context>
        <name>Holidays</name>
        <message>
            <source>New Year's Day</source>
            <translation>元旦</translation>
        </message>
        <message>
            <source>Spring Festival</source>
            <translation>春节</translation>
        </message>
        <message>
            <source>Tomb-sweeping Day</source>
            <translation>清明节</translation>
        </message>
        <message>
            <source>Labour Day</source>
            <translation>劳动节</translation>
        </message>
        <message>
            <source>Dragon Boat Festival</source>
            <translation>端午节</translation>
        </message>
        <message>
            <source>National Day</source>
            <translation>国庆节</translation>
        </message>
        <message>
            <source>Mid-autumn Festival</source>
            <translation>中秋节</translation>
        </message>
        <message>
            <source>Anti-Fascist 70th Day</source>
            <translation>抗战胜利70周年纪念日</translation>
        </message>
    </context>
    <context>
        <name>HospitalDialog</name>
        <message>
            <source>Hospital directory</source>
            <translation>医院名录</translation>
        </message>
        <message>
            <source>Hospital:</source>
            <translation>医院：</translation>
        </message>
        <message>
            <source>a new hospital</source>
            <translation>新增医院</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Departments:</source>
            <translation>科室：</translation>
        </message>
        <message>
            <source>separated by commas</source>
            <translation>用逗号分隔，如：儿童青少年心理科，心理门诊</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <source>Green-channel contact:</source>
            <translation>绿色通道联系人：</translation>
        </message>
        <message>
            <source>Green-channel phone:</source>
            <translation>绿色通道电话：</translation>
        </message>
        <message>
            <source>The school has a cooperation agreement with it</source>
            <translation>学校与该院签有合作协议</translation>
        </message>
        <message>
            <source>Agreement since:</source>
            <translation>协议签订日期：</translation>
        </message>
        <message>
            <source>New referrals may choose it</source>
            <translation>新的转介可选择该医院</translation>
        </message>
        <message>
            <source>A hospital no longer used is set aside here, never removed: earlier referrals name it.</source>
            <translation>不再合作的医院在此停用，不会删除：以往的转介单仍写有它。</translation>
        </message>
        <message>
            <source>{name} (set aside)</source>
            <translation>{name}（已停用）</translation>
        </message>
        <message>
            <source>Hospital directory: {name}</source>
            <translation>医院名录：{name}</translation>
        </message>
        <message>
            <source>Write the hospital's name.</source>
            <translation>请填写医院名称。</translation>
        </message>
    </context>
    <context>
        <name>HospitalField</name>
        <message>
            <source>The name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>The departments</source>
            <translation>科室</translation>
        </message>
        <message>
            <source>The address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>The phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>The green-channel contact</source>
            <translation>绿色通道联系人</translation>
        </message>
        <message>
            <source>The green-channel phone</source>
            <translation>绿色通道电话</translation>
        </message>
        <message>
            <source>Days until a referral's receipt is due</source>
            <translation>转介回执应交回天数</translation>
        </message>
        <message>
            <source>Minutes to report a crisis</source>
            <translation>危机事件报告时限（分钟）</translation>
        </message>
        <message>
            <source>Days to a crisis review meeting</source>
            <translation>危机事件复盘会期限（天）</translation>
        </message>
    </context>
    <context>
        <name>IncidentsSection</name>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>发生时间</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Gravity</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>This student has been part of no crisis incident.</source>
            <translation>该学生未涉及危机事件。</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>打印事件报告</translation>
        </message>
    </context>
    <context>
        <name>JobDialog</name>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialogs</name>
        <message>
            <source>Student:</source>
            <translation>学生：</translation>
        </message>
    </context>
    <context>
        <name>LeaveDocument</name>
        <message>
            <source>the parents' application</source>
            <translation>家长申请书</translation>
        </message>
        <message>
            <source>the hospital's certificate</source>
            <translation>医院诊断证明</translation>
        </message>
        <message>
            <source>the medical record</source>
            <translation>病历</translation>
        </message>
        <message>
            <source>the parents' pledge</source>
            <translation>家长承诺书</translation>
        </message>
    </context>
    <context>
        <name>LeaveField</name>
        <message>
            <source>The expected end</source>
            <translation>预计结束日期</translation>
        </message>
        <message>
            <source>the start of the leave</source>
            <translation>请假/休学开始日期</translation>
        </message>
        <message>
            <source>the application</source>
            <translation>申请日期</translation>
        </message>
        <message>
            <source>The approval</source>
            <translation>审批日期</translation>
        </message>
        <message>
            <source>The application to return</source>
            <translation>复学申请日期</translation>
        </message>
        <message>
            <source>The meeting</source>
            <translation>评估会日期</translation>
        </message>
        <message>
            <source>The return</source>
            <translation>复学日期</translation>
        </message>
        <message>
            <source>the meeting</source>
            <translation>评估会日期</translation>
        </message>
        <message>
            <source>the previous assessment meeting</source>
            <translation>上一次评估会日期</translation>
        </message>
        <message>
            <source>The medical documents' content</source>
            <translation>医疗材料内容</translation>
        </message>
        <message>
            <source>The meeting's notes</source>
            <translation>评估意见</translation>
        </message>
        <message>
            <source>The participants</source>
            <translation>参会人员</translation>
        </message>
        <message>
            <source>The approver</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>A support line</source>
            <translation>支持措施</translation>
        </message>
    </context>
    <context>
        <name>LeaveKind</name>
        <message>
            <source>leave</source>
            <translation>请假</translation>
        </message>
        <message>
            <source>suspension</source>
            <translation>休学</translation>
        </message>
    </context>
    <context>
        <name>LeaveReason</name>
        <message>
            <source>mental health</source>
            <translation>心理/精神疾病</translation>
        </message>
        <message>
            <source>physical illness</source>
            <translation>身体疾病</translation>
        </message>
        <message>
            <source>family reasons</source>
            <translation>家庭原因</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>LeaveState</name>
        <message>
            <source>applied</source>
            <translation>已申请</translation>
        </message>
        <message>
            <source>away from school</source>
            <translation>离校中</translation>
        </message>
        <message>
            <source>return in progress</source>
            <translation>复学办理中</translation>
        </message>
        <message>
            <source>back at school</source>
            <translation>已复学</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>已撤回</translation>
        </message>
    </context>
    <context>
        <name>LeavesPage</name>
        <message>
            <source>New leave…</source>
            <translation>登记请假/休学…</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>审批…</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>撤回</translation>
        </message>
        <message>
            <source>The family withdraws the application before it is approved.</source>
            <translation>家长在审批前撤回申请。</translation>
        </message>
        <message>
            <source>Application to return…</source>
            <translation>复学申请…</translation>
        </message>
        <message>
            <source>Assessment meeting…</source>
            <translation>复学评估会…</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>评估会记录</translation>
        </message>
        <message>
            <source>Every return assessment meeting of this leave, in order.</source>
            <translation>按时间顺序查看本次请假/休学的全部复学评估会。</translation>
        </message>
        <message>
            <source>Back at school…</source>
            <translation>办理复学…</translation>
        </message>
        <message>
            <source>Print the return form</source>
            <translation>打印复学申请及评估表</translation>
        </message>
        <message>
            <source>Print the support plan</source>
            <translation>打印复学支持方案</translation>
        </message>
        <message>
            <source>Not finished only</source>
            <translation>只看未办结</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Student no.</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>From</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>Expected end</source>
            <translation>预计结束</translation>
        </message>
        <message>
            <source>Past its end without a return.</source>
            <translation>已过预计结束日期，尚未复学。</translation>
        </message>
        <message>
            <source>Return applied</source>
            <translation>复学申请日期</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>评估结论</translation>
        </message>
        <message>
            <source>Back at school</source>
            <translation>复学日期</translation>
        </message>
        <message>
            <source>{shown} shown · {away} not finished, {overdue} past their end</source>
            <translation>显示 {shown} 条 · 未办结 {away} 条，逾期 {overdue} 条</translation>
        </message>
        <message>
            <source>Withdraw the application</source>
            <translation>撤回申请</translation>
        </message>
        <message>
            <source>Withdraw application {number} of {name}? It stays in the list as withdrawn; a new application starts again from the beginning.</source>
            <translation>撤回{name}的申请 {number}？该申请仍保留在列表中，状态为“已撤回”；如需再次申请，须重新提交。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>LeavesSection</name>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>From</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>Expected end</source>
            <translation>预计结束</translation>
        </message>
        <message>
            <source>Back at school</source>
            <translation>复学日期</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Assessment meetings</source>
            <translation>评估会次数</translation>
        </message>
        <message>
            <source>Latest conclusion</source>
            <translation>最近结论</translation>
        </message>
        <message>
            <source>This student has had no leave or suspension.</source>
            <translation>该学生没有请假或休学记录。</translation>
        </message>
        <message>
            <source>Assessment meetings held</source>
            <translation>评估会记录</translation>
        </message>
    </context>
    <context>
        <name>LevelDialog</name>
        <message>
            <source>Change the level</source>
            <translation>调整等级</translation>
        </message>
        <message>
            <source>New level:</source>
            <translation>新等级：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>Now: {level}. The next review date follows from the last follow-up and the new level's interval; a higher level brings it forward at once.</source>
            <translation>当前：{level}。下次回访日期按最近一次随访和新等级的间隔重新计算；提高等级时立即提前。</translation>
        </message>
    </context>
    <context>
        <name>LevelsDialog</name>
        <message>
            <source>Name of the level</source>
            <translation>等级名称</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>may close</source>
            <translation>可直接关闭</translation>
        </message>
        <message>
            <source>Unticked: an entry at this level must be lowered before it can be closed (like the default high-risk level).</source>
            <translation>不勾选时，该等级的条目须先下调等级才能关闭（默认的“高危”即如此）。</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Less serious: move up</source>
            <translation>上移（风险更低）</translation>
        </message>
        <message>
            <source>More serious: move down</source>
            <translation>下移（风险更高）</translation>
        </message>
        <message>
            <source>Risk levels of the watch list</source>
            <translation>重点关注风险等级</translation>
        </message>
        <message>
            <source>From the least serious level (top) to the most serious (bottom). The days between reviews set each entry's next review date after a follow-up. A level still used by open entries cannot be removed; one used only by closed entries is kept for them and no longer offered.</source>
            <translation>从上到下，风险由低到高排列。回访间隔决定每次回访后条目的下次回访日期。仍有未关闭条目使用的等级不能删除；只被已关闭条目使用的等级会为这些条目保留，但不再供选择。</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Review every</source>
            <translation>回访间隔</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Add a level</source>
            <translation>添加等级</translation>
        </message>
        <message>
            <source>yellow</source>
            <translation>黄色</translation>
        </message>
        <message>
            <source>orange</source>
            <translation>橙色</translation>
        </message>
        <message>
            <source>red</source>
            <translation>红色</translation>
        </message>
        <message>
            <source>dark red</source>
            <translation>深红色</translation>
        </message>
        <message>
            <source>purple</source>
            <translation>紫色</translation>
        </message>
        <message>
            <source>indigo</source>
            <translation>靛蓝色</translation>
        </message>
        <message>
            <source>blue</source>
            <translation>蓝色</translation>
        </message>
        <message>
            <source>teal</source>
            <translation>青绿色</translation>
        </message>
        <message>
            <source>green</source>
            <translation>绿色</translation>
        </message>
        <message>
            <source>grey</source>
            <translation>灰色</translation>
        </message>
        <message>
            <source>Give level {n} a name.</source>
            <translation>请为第 {n} 个等级填写名称。</translation>
        </message>
        <message>
            <source>Two levels are called "{name}".</source>
            <translation>有两个等级都叫“{name}”。</translation>
        </message>
        <message>
            <source>At least one level must allow closing an entry.</source>
            <translation>至少要有一个等级允许关闭条目。</translation>
        </message>
    </context>
    <context>
        <name>LinkStaffDialog</name>
        <message>
            <source>Link {login} to a staff member</source>
            <translation>将 {login} 关联到教职工</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— 无 —</translation>
        </message>
        <message>
            <source>Staff member:</source>
            <translation>教职工：</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>{shown} of {total}</source>
            <translation>显示 {shown} 条，共 {total} 条</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Locked — {app}</source>
            <translation>已锁定 — {app}</translation>
        </message>
        <message>
            <source>The office is locked</source>
            <translation>办公室已锁定</translation>
        </message>
        <message>
            <source>Locked for {name} ({login}). Enter the password to continue where you were.</source>
            <translation>{name}（{login}）的会话已锁定。输入密码即可回到离开时的位置。</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <source>Wrong password. After {remaining} more wrong attempt(s) this login is locked for 15 minutes.</source>
            <translation>密码错误。再错 {remaining} 次，此登录名将被锁定 15 分钟。</translation>
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <source>Duty log</source>
            <translation>值班记录</translation>
        </message>
        <message>
            <source>Arrived at:</source>
            <translation>到岗：</translation>
        </message>
        <message>
            <source>Left at:</source>
            <translation>离岗：</translation>
        </message>
        <message>
            <source>Doors and windows closed</source>
            <translation>门窗已关</translation>
        </message>
        <message>
            <source>Power off</source>
            <translation>电源已断</translation>
        </message>
        <message>
            <source>Record cabinet locked</source>
            <translation>档案柜已锁</translation>
        </message>
        <message>
            <source>Safety check:</source>
            <translation>安全检查：</translation>
        </message>
        <message>
            <source>Key handed to:</source>
            <translation>钥匙交给：</translation>
        </message>
        <message>
            <source>Handover notes:</source>
            <translation>交接事项：</translation>
        </message>
        <message>
            <source>The handover notes are confidential: only counselors and the office head write and read them.</source>
            <translation>交接事项属于保密内容，只有心理教师和负责人可以填写和查看。</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>来访者</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>临时来访</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>问题类别</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>分钟</translation>
        </message>
        <message>
            <source>Crisis</source>
            <translation>危机</translation>
        </message>
        <message>
            <source>crisis</source>
            <translation>危机</translation>
        </message>
        <message>
            <source>Reported to</source>
            <translation>已报告给</translation>
        </message>
        <message>
            <source>Contacts during the duty:</source>
            <translation>值班期间来访／来电：</translation>
        </message>
        <message>
            <source>Add a contact…</source>
            <translation>添加来访／来电…</translation>
        </message>
        <message>
            <source>Save and sign</source>
            <translation>保存并签名</translation>
        </message>
        <message>
            <source>A signed log is kept as it is: nothing can be changed afterwards.</source>
            <translation>签名后的值班记录将原样保存，之后不能再修改。</translation>
        </message>
        <message>
            <source>{day} · {post} · {period} {times} · {name}</source>
            <translation>{day} · {post} · {period} {times} · {name}</translation>
        </message>
        <message>
            <source>Signed by {name} on {when}: the log is kept as it is.</source>
            <translation>{name} 已于 {when} 签名，记录原样保存。</translation>
        </message>
        <message>
            <source>Not signed yet.</source>
            <translation>尚未签名。</translation>
        </message>
        <message>
            <source>No log written yet for this duty.</source>
            <translation>此次值班尚无记录。</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>The leaving time comes before the arrival.</source>
            <translation>离岗时间早于到岗时间。</translation>
        </message>
        <message>
            <source>Mental-health lesson</source>
            <translation>心理健康课</translation>
        </message>
        <message>
            <source>Family guidance activity</source>
            <translation>家庭心理健康教育指导活动</translation>
        </message>
        <message>
            <source>Publicity activity</source>
            <translation>心理健康宣传活动</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>专业培训</translation>
        </message>
        <message>
            <source>Supervision session</source>
            <translation>督导</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Class:</source>
            <translation>班级：</translation>
        </message>
        <message>
            <source>Teacher:</source>
            <translation>授课教师：</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>（未记录）</translation>
        </message>
        <message>
            <source>Topic:</source>
            <translation>课题：</translation>
        </message>
        <message>
            <source>Lesson periods:</source>
            <translation>课时：</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>标题：</translation>
        </message>
        <message>
            <source>Form:</source>
            <translation>形式：</translation>
        </message>
        <message>
            <source>Classes:</source>
            <translation>班级：</translation>
        </message>
        <message>
            <source>Parents expected:</source>
            <translation>应到家长：</translation>
        </message>
        <message>
            <source>Parents present:</source>
            <translation>实到家长：</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>对象：</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>参加人数：</translation>
        </message>
        <message>
            <source>Staff member:</source>
            <translation>教师：</translation>
        </message>
        <message>
            <source>Hours:</source>
            <translation>学时：</translation>
        </message>
        <message>
            <source>Given by:</source>
            <translation>主办单位：</translation>
        </message>
        <message>
            <source>Supervisor:</source>
            <translation>督导师：</translation>
        </message>
        <message>
            <source>Choose a class.</source>
            <translation>请选择班级。</translation>
        </message>
        <message>
            <source>Tick the classes the activity was for.</source>
            <translation>请勾选参加活动的班级。</translation>
        </message>
        <message>
            <source>Choose a staff member.</source>
            <translation>请选择教师。</translation>
        </message>
    </context>
    <context>
        <name>LoginWindow</name>
        <message>
            <source>Please log in to open the office's records.</source>
            <translation>请登录以打开办公室记录。</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>登录名：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Forgot password…</source>
            <translation>忘记密码…</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Enter your login and password.</source>
            <translation>请输入登录名和密码。</translation>
        </message>
    </context>
    <context>
        <name>LogsTab</name>
        <message>
            <source>Past duties of the last 30 days whose log is not signed yet.</source>
            <translation>最近 30 天内已结束、值班记录尚未签名的值班。</translation>
        </message>
        <message>
            <source>Only mine</source>
            <translation>只看我的</translation>
        </message>
        <message>
            <source>Write the log…</source>
            <translation>填写记录…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>On duty</source>
            <translation>值班人</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>begun, not signed</source>
            <translation>已填写，未签名</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>未填写</translation>
        </message>
        <message>
            <source>{count} log(s) to write or sign.</source>
            <translation>{count} 份记录待填写或签名。</translation>
        </message>
    </context>
    <context>
        <name>LoopSettingsTab</name>
        <message>
            <source>Referrals and crises</source>
            <translation>转介与危机</translation>
        </message>
        <message>
            <source>The deadlines the referral and crisis lists and the start page measure against. The receipt days count for referrals issued from now on (those already issued keep their due date); the crisis minutes and days apply to every incident shown.</source>
            <translation>转介、危机事件列表和工作台据以提醒的期限。回执期限只对今后开具的转介生效（已开具的转介回执应交日期不变）；危机事件的报告时限和复盘会时限对所有事件生效。</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>A referral's receipt is due after:</source>
            <translation>转介回执应交期限：</translation>
        </message>
        <message>
            <source>A crisis is reported within:</source>
            <translation>危机事件报告时限：</translation>
        </message>
        <message>
            <source>The crisis review meeting within:</source>
            <translation>危机复盘会召开时限：</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Restore the defaults</source>
            <translation>恢复默认值</translation>
        </message>
        <message>
            <source>{receipt} days for the receipt, {report} minutes to report a crisis, {review} days to its review meeting.</source>
            <translation>回执 {receipt} 天，危机事件报告 {report} 分钟，复盘会 {review} 天。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>LoopsCard</name>
        <message>
            <source>Crisis incidents, referrals and returns</source>
            <translation>危机事件、转介与复学</translation>
        </message>
        <message>
            <source>Show the referrals</source>
            <translation>查看逾期回执的转介…</translation>
        </message>
        <message>
            <source>Open crisis incidents ({count})</source>
            <translation>处置中的危机事件（{count}）</translation>
        </message>
        <message>
            <source>parents not all reached</source>
            <translation>家长尚未全部联系上</translation>
        </message>
        <message>
            <source>review meeting overdue</source>
            <translation>复盘会已逾期</translation>
        </message>
        <message>
            <source>no review meeting yet</source>
            <translation>尚未召开复盘会</translation>
        </message>
        <message>
            <source>C {number} · {type} · {gravity} · {time}{missing}</source>
            <translation>危机 {number} · {type} · {gravity} · {time}{missing}</translation>
        </message>
        <message>
            <source>Referral receipts overdue ({count})</source>
            <translation>逾期未收回的转介回执（{count}）</translation>
        </message>
        <message>
            <source>R {number} · {name} · {klass} · receipt due {due}</source>
            <translation>转介 {number} · {name} · {klass} · 回执应于 {due} 交回</translation>
        </message>
        <message>
            <source>Leaves past their end without a return ({count})</source>
            <translation>休学期满未办复学（{count}）</translation>
        </message>
        <message>
            <source>L {number} · {name} · {klass} · {kind} until {end} · {state}</source>
            <translation>复学 {number} · {name} · {klass} · {kind}至 {end} · {state}</translation>
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
            <translation>办公室(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>锁定(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Switch user</source>
            <translation>切换用户(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>前往(&amp;G)</translation>
        </message>
        <message>
            <source>{section} (next page)</source>
            <translation>{section}（下一页）</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>下一页</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>上一页</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>办公室</translation>
        </message>
        <message>
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <source>{app} {version}
Records of the school's psychological counseling office, encrypted on this computer.</source>
            <translation>{app} {version}
学校心理辅导室工作记录，加密保存在本机。</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>正在处理…</translation>
        </message>
    </context>
    <context>
        <name>MakeupDialog</name>
        <message>
            <source>Make-up workday {day}</source>
            <translation>调休上班日 {day}</translation>
        </message>
        <message>
            <source>the weekday it replaces ({weekday})</source>
            <translation>所调换的那一天（{weekday}）</translation>
        </message>
        <message>
            <source>not known: choose one</source>
            <translation>未知，请选择</translation>
        </message>
        <message>
            <source>Follows the timetable of:</source>
            <translation>按以下课表排班：</translation>
        </message>
    </context>
    <context>
        <name>MeasureState</name>
        <message>
            <source>not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
    </context>
    <context>
        <name>MeasureType</name>
        <message>
            <source>individual counseling</source>
            <translation>个体辅导</translation>
        </message>
        <message>
            <source>group counseling</source>
            <translation>团体辅导</translation>
        </message>
        <message>
            <source>home-school communication</source>
            <translation>家校沟通</translation>
        </message>
        <message>
            <source>head teacher's observation</source>
            <translation>班主任观察</translation>
        </message>
        <message>
            <source>peer support</source>
            <translation>同伴支持</translation>
        </message>
        <message>
            <source>medical care or referral</source>
            <translation>就医/转介</translation>
        </message>
        <message>
            <source>medication (reported by the family)</source>
            <translation>药物治疗（家庭告知）</translation>
        </message>
        <message>
            <source>academic adjustment</source>
            <translation>学业调整</translation>
        </message>
        <message>
            <source>leave or suspension</source>
            <translation>请假/休学</translation>
        </message>
        <message>
            <source>moving out of the dormitory</source>
            <translation>退宿</translation>
        </message>
    </context>
    <context>
        <name>MeetingAttendance</name>
        <message>
            <source>invited</source>
            <translation>应到</translation>
        </message>
        <message>
            <source>present</source>
            <translation>出席</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>缺席</translation>
        </message>
    </context>
    <context>
        <name>MeetingCard</name>
        <message>
            <source>Review meetings</source>
            <translation>研判会</translation>
        </message>
        <message>
            <source>Grades without a meeting this month</source>
            <translation>本月尚未召开研判会的年级</translation>
        </message>
        <message>
            <source>Your overdue meeting actions</source>
            <translation>您负责的逾期会议措施</translation>
        </message>
        <message>
            <source>{month}: {missing} without a meeting · {overdue} overdue actions of yours</source>
            <translation>{month}：{missing} 个年级未开会 · 您有 {overdue} 项措施逾期</translation>
        </message>
        <message>
            <source>Every grade has its meeting this month.</source>
            <translation>本月各年级均已召开研判会。</translation>
        </message>
        <message>
            <source>Grades with fewer than {count} meetings this month (held/required)</source>
            <translation>本月研判会不足 {count} 次的年级（已开/应开）</translation>
        </message>
        <message>
            <source>Every grade has its {count} meetings this month.</source>
            <translation>本月各年级均已召开 {count} 次研判会。</translation>
        </message>
        <message>
            <source>Prepare this grade's meeting of {month}</source>
            <translation>准备该年级{month}的研判会</translation>
        </message>
        <message>
            <source>{student} · {klass} — {measure}, due {day} (meeting of {held})</source>
            <translation>{student} · {klass} — {measure}，{day} 到期（{held} 研判会）</translation>
        </message>
        <message>
            <source>Open the meeting that decided it</source>
            <translation>打开作出该决定的会议</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>…… 另有 {count} 项</translation>
        </message>
        <message>
            <source>{month}: {missing} grades short of {required} meetings · {overdue} overdue actions of yours</source>
            <translation>{month}：{missing} 个年级未开足 {required} 次会 · 您有 {overdue} 项措施逾期</translation>
        </message>
    </context>
    <context>
        <name>MeetingDecision</name>
        <message>
            <source>keep the level</source>
            <translation>维持</translation>
        </message>
        <message>
            <source>raise the level</source>
            <translation>升级</translation>
        </message>
        <message>
            <source>lower the level</source>
            <translation>降级</translation>
        </message>
        <message>
            <source>end the watch</source>
            <translation>撤销关注</translation>
        </message>
        <message>
            <source>suggest a referral to a hospital</source>
            <translation>建议转介就医</translation>
        </message>
        <message>
            <source>suggest leave or suspension</source>
            <translation>建议请假休学</translation>
        </message>
        <message>
            <source>follow up after the return to school</source>
            <translation>复学后跟踪</translation>
        </message>
    </context>
    <context>
        <name>MeetingField</name>
        <message>
            <source>The meeting's name</source>
            <translation>会议名称</translation>
        </message>
        <message>
            <source>The place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>The reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Other matters</source>
            <translation>其他事项</translation>
        </message>
        <message>
            <source>An attendee's name</source>
            <translation>参会人员姓名</translation>
        </message>
        <message>
            <source>The organisation</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>The reason of an absence</source>
            <translation>缺席原因</translation>
        </message>
        <message>
            <source>A measure</source>
            <translation>措施</translation>
        </message>
        <message>
            <source>The owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>The parent-contact arrangement</source>
            <translation>家长沟通安排</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>The addendum</source>
            <translation>补记</translation>
        </message>
    </context>
    <context>
        <name>MeetingKind</name>
        <message>
            <source>monthly review meeting</source>
            <translation>月度研判会</translation>
        </message>
        <message>
            <source>extra review meeting</source>
            <translation>临时研判会</translation>
        </message>
    </context>
    <context>
        <name>MeetingMinutes</name>
        <message>
            <source>{grade} review meeting on students' mental state: minutes ({month}/{year})</source>
            <translation>{grade}学生心理状况研判会会议纪要（{year}年{month}月）</translation>
        </message>
        <message>
            <source>{grade} review meeting minutes ({month}/{year})</source>
            <translation>{grade}研判会会议纪要（{year}年{month}月）</translation>
        </message>
        <message>
            <source>{title} (draft)</source>
            <translation>{title}（草稿）</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Draft: the meeting is not finalized. These minutes are not valid until the meeting is finalized and printed again.</source>
            <translation>草稿：本次会议尚未定稿。会议定稿并重新打印后，本纪要方为有效。</translation>
        </message>
        <message>
            <source>This meeting was abandoned: {reason}</source>
            <translation>本次会议已放弃，原因：{reason}</translation>
        </message>
        <message>
            <source>{title} (abandoned)</source>
            <translation>{title}（已放弃）</translation>
        </message>
        <message>
            <source>ABANDONED</source>
            <translation>已放弃</translation>
        </message>
        <message>
            <source>abandoned, not finalized</source>
            <translation>已放弃，未定稿</translation>
        </message>
        <message>
            <source>This meeting was abandoned.</source>
            <translation>本次会议已放弃。</translation>
        </message>
        <message>
            <source>Confidential. Students are shown masked; the identity annex, when printed, is kept by the counseling office apart from the minutes.</source>
            <translation>保密。学生信息已作脱敏处理；如打印身份对照附件，由心理辅导室与纪要分开保管。</translation>
        </message>
        <message>
            <source>1. The meeting</source>
            <translation>一、会议基本情况</translation>
        </message>
        <message>
            <source>2. Attendees</source>
            <translation>二、参会人员</translation>
        </message>
        <message>
            <source>3. Actions of the last meeting: how they were carried out</source>
            <translation>三、上次会议措施落实情况</translation>
        </message>
        <message>
            <source>4. The month at a glance</source>
            <translation>四、本月概况</translation>
        </message>
        <message>
            <source>5. Students reviewed and decisions</source>
            <translation>五、研判学生及处置意见</translation>
        </message>
        <message>
            <source>6. Other matters</source>
            <translation>六、其他事项</translation>
        </message>
        <message>
            <source>7. Signatures and approval</source>
            <translation>七、签字与审定</translation>
        </message>
        <message>
            <source>Addenda written after the minutes were finalized</source>
            <translation>定稿后补充说明</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>年级</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>院系</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>{month}/{year}</source>
            <translation>{year}年{month}月</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议名称</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Minutes taken by</source>
            <translation>记录人</translation>
        </message>
        <message>
            <source>State of the minutes</source>
            <translation>纪要状态</translation>
        </message>
        <message>
            <source>finalized on {day} by {name}</source>
            <translation>已于 {day} 定稿（{name}）</translation>
        </message>
        <message>
            <source>draft, not finalized</source>
            <translation>草稿，尚未定稿</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出席情况</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>{role}, {organisation}</source>
            <translation>{role}（{organisation}）</translation>
        </message>
        <message>
            <source>class counselor (university)</source>
            <translation>辅导员</translation>
        </message>
        <message>
            <source>Absent, with the reason</source>
            <translation>缺席人员及原因</translation>
        </message>
        <message>
            <source>{name} ({role}): {reason}</source>
            <translation>{name}（{role}）：{reason}</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>未说明原因</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Nobody has been invited yet.</source>
            <translation>尚未确定参会人员。</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>学生</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>措施</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>完成期限</translation>
        </message>
        <message>
            <source>Carried out</source>
            <translation>落实情况</translation>
        </message>
        <message>
            <source>done</source>
            <translation>已落实</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>未落实</translation>
        </message>
        <message>
            <source>not done ({state})</source>
            <translation>未落实（{state}）</translation>
        </message>
        <message>
            <source>The last meeting decided no action (or this is the grade's first meeting).</source>
            <translation>上次会议未布置措施（或本次为该年级首次研判会）。</translation>
        </message>
        <message>
            <source>{done} of {count} actions carried out.</source>
            <translation>共 {count} 项措施，已落实 {done} 项。</translation>
        </message>
        <message>
            <source>Students on the watch list</source>
            <translation>在册关注学生</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>本月变化</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>升级</translation>
        </message>
        <message>
            <source>Lowered</source>
            <translation>降级</translation>
        </message>
        <message>
            <source>Watch ended</source>
            <translation>撤销关注</translation>
        </message>
        <message>
            <source>Screening alerts</source>
            <translation>测评预警</translation>
        </message>
        <message>
            <source>Students on the watch list by how they came to it</source>
            <translation>在册关注学生来源</translation>
        </message>
        <message>
            <source>As of the meeting day, {day}.</source>
            <translation>统计截至会议当日（{day}）。</translation>
        </message>
        <message>
            <source>Source / state</source>
            <translation>来源／状态</translation>
        </message>
        <message>
            <source>Level (before → after)</source>
            <translation>等级变化</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>研判结论</translation>
        </message>
        <message>
            <source>Measures (owner, due)</source>
            <translation>措施（责任人，期限）</translation>
        </message>
        <message>
            <source>{type}: {description}</source>
            <translation>{type}：{description}</translation>
        </message>
        <message>
            <source>{owner}, by {due}</source>
            <translation>{owner}，{due} 前</translation>
        </message>
        <message>
            <source>Parent contact</source>
            <translation>家长联系</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>下次回访</translation>
        </message>
        <message>
            <source>not decided</source>
            <translation>未研判</translation>
        </message>
        <message>
            <source>No student is on the agenda.</source>
            <translation>本次会议无研判学生。</translation>
        </message>
        <message>
            <source>{count} students reviewed.</source>
            <translation>共研判学生 {count} 人。</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>无。</translation>
        </message>
        <message>
            <source>The chair's approval</source>
            <translation>主持人审定意见</translation>
        </message>
        <message>
            <source>□ Approved: the decisions above are to be carried out.    □ To be revised.</source>
            <translation>□ 同意，按上述处置意见落实。    □ 需修改。</translation>
        </message>
        <message>
            <source>School leader in charge</source>
            <translation>分管领导</translation>
        </message>
        <message>
            <source>Addendum {number}</source>
            <translation>补充说明 {number}</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>补充内容</translation>
        </message>
        <message>
            <source>Written on {day} by {name}</source>
            <translation>{name}，{day}</translation>
        </message>
        <message>
            <source>electronic signature verified</source>
            <translation>电子签名已验证</translation>
        </message>
        <message>
            <source>electronic signature missing or not valid: check it in the application</source>
            <translation>电子签名缺失或无效，请在软件中核查</translation>
        </message>
        <message>
            <source>Annex: the students of the minutes by name</source>
            <translation>附件：研判学生身份对照表</translation>
        </message>
        <message>
            <source>Kept by the counseling office only, apart from the minutes; not to be copied or passed on. The numbers are those of the decision table.</source>
            <translation>仅由心理辅导室存档，与纪要分开保管，不得复制或外传。序号与研判学生表一致。</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>keep</source>
            <translation>维持</translation>
        </message>
        <message>
            <source>raise</source>
            <translation>升级</translation>
        </message>
        <message>
            <source>lower</source>
            <translation>降级</translation>
        </message>
        <message>
            <source>end the watch</source>
            <translation>撤销关注</translation>
        </message>
        <message>
            <source>suggest referral to a hospital</source>
            <translation>建议转介就医</translation>
        </message>
        <message>
            <source>suggest leave or suspension</source>
            <translation>建议请假休学</translation>
        </message>
        <message>
            <source>follow up after the return</source>
            <translation>复学后跟踪</translation>
        </message>
    </context>
    <context>
        <name>MeetingPlan</name>
        <message>
            <source>Measures decided by the review meeting of {day}.</source>
            <translation>{day} 研判会确定的措施。</translation>
        </message>
    </context>
    <context>
        <name>MeetingReason</name>
        <message>
            <source>due for review</source>
            <translation>到期复评</translation>
        </message>
        <message>
            <source>new since the last meeting</source>
            <translation>上次会议后新增</translation>
        </message>
        <message>
            <source>level changed</source>
            <translation>等级变化</translation>
        </message>
        <message>
            <source>back from leave</source>
            <translation>请假/休学后返校</translation>
        </message>
        <message>
            <source>open action of the last meeting</source>
            <translation>上次会议措施未完成</translation>
        </message>
        <message>
            <source>screening candidate to review</source>
            <translation>测评筛查待复核</translation>
        </message>
        <message>
            <source>added by hand</source>
            <translation>手动添加</translation>
        </message>
    </context>
    <context>
        <name>MeetingReferral</name>
        <message>
            <source>The review meeting of {day} suggested a referral to a hospital.</source>
            <translation>{day} 的研判会建议转介就医。</translation>
        </message>
    </context>
    <context>
        <name>MeetingRole</name>
        <message>
            <source>grade leader</source>
            <translation>年级组长</translation>
        </message>
        <message>
            <source>head teacher</source>
            <translation>班主任</translation>
        </message>
        <message>
            <source>counselor</source>
            <translation>心理教师</translation>
        </message>
        <message>
            <source>school leader in charge</source>
            <translation>分管领导</translation>
        </message>
        <message>
            <source>school doctor</source>
            <translation>校医</translation>
        </message>
        <message>
            <source>external expert</source>
            <translation>外请专家</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>MeetingSignIn</name>
        <message>
            <source>{grade} review meeting on students' mental state: sign-in sheet ({month}/{year})</source>
            <translation>{grade}学生心理状况研判会签到表（{year}年{month}月）</translation>
        </message>
        <message>
            <source>Attending without an invitation: write your name and role below.</source>
            <translation>未列入名单的参会人员请在下方填写姓名、身份并签名。</translation>
        </message>
        <message>
            <source>Role or organisation</source>
            <translation>身份／单位</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>Nobody has been invited yet.</source>
            <translation>尚未确定参会人员。</translation>
        </message>
        <message>
            <source>Invited: {count}   Present: _____   Absent: _____</source>
            <translation>应到 {count} 人    实到 _____ 人    缺席 _____ 人</translation>
        </message>
        <message>
            <source>Checked by the minute-taker {name}: ____________</source>
            <translation>记录人 {name} 核对（签字）：____________</translation>
        </message>
    </context>
    <context>
        <name>MeetingState</name>
        <message>
            <source>in preparation</source>
            <translation>准备中</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>finalized</source>
            <translation>已定稿</translation>
        </message>
        <message>
            <source>abandoned</source>
            <translation>已放弃</translation>
        </message>
    </context>
    <context>
        <name>MeetingWindow</name>
        <message>
            <source>Review meeting</source>
            <translation>研判会</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>会议信息…</translation>
        </message>
        <message>
            <source>The day, times, place, chair and minute-taker.</source>
            <translation>日期、时间、地点、主持人和记录人。</translation>
        </message>
        <message>
            <source>Refresh the agenda</source>
            <translation>刷新议程</translation>
        </message>
        <message>
            <source>Build the agenda again from the watch list (until the meeting starts). Students added by hand, decisions and the order stay.</source>
            <translation>根据重点关注清单重新生成议程（会议开始前可用）。手动添加的学生、已作的决定和顺序保持不变。</translation>
        </message>
        <message>
            <source>Start the meeting</source>
            <translation>开始会议</translation>
        </message>
        <message>
            <source>Finalize…</source>
            <translation>定稿…</translation>
        </message>
        <message>
            <source>Add an addendum…</source>
            <translation>补充说明…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Abandon…</source>
            <translation>放弃会议…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>{day} {time} · place: {place} · chair: {chair} · minute-taker: {recorder}</source>
            <translation>{day} {time} · 地点：{place} · 主持人：{chair} · 记录人：{recorder}</translation>
        </message>
        <message>
            <source>Agenda ({n})</source>
            <translation>议程（{n}）</translation>
        </message>
        <message>
            <source>Attendance ({n})</source>
            <translation>参会人员（{n}）</translation>
        </message>
        <message>
            <source>Last meeting's actions and other matters</source>
            <translation>上次措施与其他事项</translation>
        </message>
        <message>
            <source>Finalized on {day} by {who}. The minutes are locked: corrections are addenda.</source>
            <translation>已于 {day} 由{who}定稿。会议纪要已锁定，更正请用补充说明。</translation>
        </message>
        <message>
            <source>Abandoned: {reason}</source>
            <translation>已放弃：{reason}</translation>
        </message>
        <message>
            <source>The meeting has started: record the attendance and a decision for each student, then finalize it.</source>
            <translation>会议已开始：请登记出席情况，为每名学生作出研判决定，然后定稿。</translation>
        </message>
        <message>
            <source>The meeting could not be loaded.</source>
            <translation>无法加载该会议。</translation>
        </message>
        <message>
            <source>Start the meeting now? From then on the agenda is no longer built from the watch list; students can still be added by hand.</source>
            <translation>现在开始会议吗？开始后议程不再根据重点关注清单自动生成，但仍可手动添加学生。</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Finalize the meeting</source>
            <translation>会议定稿</translation>
        </message>
        <message>
            <source>The meeting is finalized: {applied} decisions applied to the watch list ({raised} raised, {lowered} lowered, {closed} closed, {requests} closings waiting for the head's approval, {measures} plan measures added).</source>
            <translation>会议已定稿：{applied} 项决定已写入重点关注清单（升级 {raised} 人，降级 {lowered} 人，撤销关注 {closed} 人，{requests} 项撤销关注待主任审批，新增措施 {measures} 条）。</translation>
        </message>
        <message>
            <source>Clear the decision</source>
            <translation>清除决定</translation>
        </message>
        <message>
            <source>Clear the decision recorded for {name}?</source>
            <translation>清除为{name}作出的决定吗？</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Remove from the agenda</source>
            <translation>移出议程</translation>
        </message>
        <message>
            <source>Take {name} off the agenda?</source>
            <translation>将{name}移出议程吗？</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移出</translation>
        </message>
        <message>
            <source>{document} with the identity annex…</source>
            <translation>{document}（附身份对照页）…</translation>
        </message>
    </context>
    <context>
        <name>MeetingWords</name>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>yyyy-MM</source>
            <translation>yyyy年M月</translation>
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
            <translation>新建研判会…</translation>
        </message>
        <message>
            <source>Prepare a grade's review meeting of a month: its agenda is built from the watch list.</source>
            <translation>为某年级准备某月的研判会：议程根据重点关注清单自动生成。</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Double-click a meeting (or press Enter) to open it.</source>
            <translation>双击会议（或按回车）打开。</translation>
        </message>
        <message>
            <source>{shown} shown · {open} not finalized yet</source>
            <translation>显示 {shown} 条 · {open} 条未定稿</translation>
        </message>
        <message>
            <source>Loading the meetings…</source>
            <translation>正在加载研判会…</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>全部院系</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>全部年级</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>院系</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>年级</translation>
        </message>
    </context>
    <context>
        <name>MeetingsSection</name>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Why on the agenda</source>
            <translation>列入原因</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>研判决定</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>下次回访</translation>
        </message>
        <message>
            <source>Parent contact</source>
            <translation>家长沟通安排</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>措施</translation>
        </message>
        <message>
            <source>Open the meeting</source>
            <translation>打开会议</translation>
        </message>
        <message>
            <source>(no decision)</source>
            <translation>（无决定）</translation>
        </message>
        <message>
            <source>(not decided yet)</source>
            <translation>（尚未决定）</translation>
        </message>
        <message>
            <source>No review meeting has discussed this student.</source>
            <translation>尚无研判会研判过该学生。</translation>
        </message>
    </context>
    <context>
        <name>MeetingsTable</name>
        <message>
            <source>No.</source>
            <translation>次序</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Conclusion</source>
            <translation>评估结论</translation>
        </message>
        <message>
            <source>Re-assessment on</source>
            <translation>再次评估日期</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参会人员</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>评估意见</translation>
        </message>
        <message>
            <source>{n} (latest)</source>
            <translation>{n}（最近）</translation>
        </message>
        <message>
            <source>Recorded by {who} at {at}</source>
            <translation>{who} 于 {at} 登记</translation>
        </message>
    </context>
    <context>
        <name>MeetingsWindow</name>
        <message>
            <source>Return assessment meetings: L {number}</source>
            <translation>复学评估会记录：{number}</translation>
        </message>
        <message>
            <source>No return assessment meeting has been held yet.</source>
            <translation>尚未召开复学评估会。</translation>
        </message>
    </context>
    <context>
        <name>MembersDialog</name>
        <message>
            <source>Duty list</source>
            <translation>值班名单</translation>
        </message>
        <message>
            <source>On duty this semester:</source>
            <translation>本学期值班人员：</translation>
        </message>
        <message>
            <source>{name} ({roles})</source>
            <translation>{name}（{roles}）</translation>
        </message>
        <message>
            <source>(left the school)</source>
            <translation>（已离校）</translation>
        </message>
    </context>
    <context>
        <name>MonthTab</name>
        <message>
            <source>Previous month</source>
            <translation>上个月</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>下个月</translation>
        </message>
        <message>
            <source>Change this day…</source>
            <translation>调整这一天…</translation>
        </message>
        <message>
            <source>Put someone on a shift of the chosen day, give a duty to someone else, or take someone off duty. Changes made by hand are kept when the roster is generated again.</source>
            <translation>为所选日期的班次安排人员、把值班改给他人，或撤下某人的值班。手动调整在重新生成值班表时会保留。</translation>
        </message>
        <message>
            <source>Print preview…</source>
            <translation>打印预览…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>Post:</source>
            <translation>岗位：</translation>
        </message>
        <message>
            <source>{month}/{year}</source>
            <translation>{year}年{month}月</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>已发布</translation>
        </message>
        <message>
            <source>Draft: not published yet</source>
            <translation>草稿：尚未发布</translation>
        </message>
        <message>
            <source>No duties this month</source>
            <translation>本月没有值班</translation>
        </message>
        <message>
            <source>A shift of this day still has an empty seat.</source>
            <translation>这一天有班次仍有空缺。</translation>
        </message>
        <message>
            <source>{count} empty</source>
            <translation>空缺 {count}</translation>
        </message>
        <message>
            <source>Duty roster {month}</source>
            <translation>值班表 {month}</translation>
        </message>
        <message>
            <source>Export the month</source>
            <translation>导出本月值班表</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>已导出</translation>
        </message>
        <message>
            <source>{count} shift(s) were exported to {path}.</source>
            <translation>已将 {count} 个班次导出到 {path}。</translation>
        </message>
    </context>
    <context>
        <name>MyDutiesTab</name>
        <message>
            <source>Duties of:</source>
            <translation>值班人：</translation>
        </message>
        <message>
            <source>Ask for a swap…</source>
            <translation>申请换班…</translation>
        </message>
        <message>
            <source>Exchange this duty for a colleague's: the colleague accepts, then the office head approves.</source>
            <translation>与同事交换值班：同事同意后，由负责人审批。</translation>
        </message>
        <message>
            <source>Ask for a cover…</source>
            <translation>申请代班…</translation>
        </message>
        <message>
            <source>Someone named takes this duty (a leave): the office head approves.</source>
            <translation>请假时由指定的人代班：由负责人审批。</translation>
        </message>
        <message>
            <source>Duty log…</source>
            <translation>值班记录…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Set by hand</source>
            <translation>手动安排</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>me</source>
            <translation>我</translation>
        </message>
        <message>
            <source>{coming} duty(ies) in the next {days} days.</source>
            <translation>今后 {days} 天内有 {coming} 次值班。</translation>
        </message>
    </context>
    <context>
        <name>NewEntryDialog</name>
        <message>
            <source>Put a student on the watch list</source>
            <translation>纳入重点关注</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>学生：</translation>
        </message>
        <message>
            <source>Open that entry</source>
            <translation>打开该记录</translation>
        </message>
        <message>
            <source>Reopen that entry (its history is kept) instead of making a new one</source>
            <translation>重新启用原记录（保留其全部历史），不新建</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新启用</translation>
        </message>
        <message>
            <source>Why the student comes back on the watch list</source>
            <translation>为什么重新纳入重点关注</translation>
        </message>
        <message>
            <source>Level:</source>
            <translation>等级：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>The entry</source>
            <translation>纳入信息</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>its number, e.g. 2026-QJ-0153</source>
            <translation>记录编号，如 2026-QJ-0153</translation>
        </message>
        <message>
            <source>What was noticed, by whom, since when</source>
            <translation>观察到什么情况、由谁发现、从何时开始</translation>
        </message>
        <message>
            <source>to review first</source>
            <translation>待复核</translation>
        </message>
        <message>
            <source>follow up at once</source>
            <translation>直接跟进</translation>
        </message>
        <message>
            <source>Following up at once needs the class of the case (mild or severe).</source>
            <translation>直接跟进需要先判定类别（轻症或重症）。</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>来源：</translation>
        </message>
        <message>
            <source>Related record:</source>
            <translation>关联记录：</translation>
        </message>
        <message>
            <source>Concern:</source>
            <translation>关注事由：</translation>
        </message>
        <message>
            <source>Class of case:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>Opened on:</source>
            <translation>纳入日期：</translation>
        </message>
        <message>
            <source>Responsible people and contacts</source>
            <translation>包保与联系人</translation>
        </message>
        <message>
            <source>Responsible people:</source>
            <translation>包保人：</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Peer carer:</source>
            <translation>同伴关爱：</translation>
        </message>
        <message>
            <source>Parent:</source>
            <translation>家长联系人：</translation>
        </message>
        <message>
            <source>Relation:</source>
            <translation>关系：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <source>{name} ({roles})</source>
            <translation>{name}（{roles}）</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>{name}, mental-health monitor of {klass}</source>
            <translation>{name}（{klass}心理委员）</translation>
        </message>
        <message>
            <source>This student is already on the watch list (an open entry). A student has one open entry at a time: open it to change it.</source>
            <translation>该学生已在重点关注清单上（有一条未关闭的记录）。每名学生同一时间只有一条未关闭的记录，如需修改请打开该记录。</translation>
        </message>
        <message>
            <source>This student was on the watch list before: from {opened} to {closed} ({reason}). Reopen that entry to continue its history, or make a new one.</source>
            <translation>该学生曾被纳入重点关注：{opened} 至 {closed}（{reason}）。可以重新启用原记录以延续其历史，也可以新建一条记录。</translation>
        </message>
        <message>
            <source>Put on the watch list</source>
            <translation>纳入</translation>
        </message>
        <message>
            <source>{name} · {duty}</source>
            <translation>{name} · {duty}</translation>
        </message>
        <message>
            <source>Choose the student first.</source>
            <translation>请先选择学生。</translation>
        </message>
        <message>
            <source>This student already has an open entry: open it instead.</source>
            <translation>该学生已有一条未关闭的记录，请打开该记录。</translation>
        </message>
        <message>
            <source>Say why the entry is reopened.</source>
            <translation>请写明重新启用的原因。</translation>
        </message>
        <message>
            <source>Choose how the student came to the watch list.</source>
            <translation>请选择学生是通过什么渠道纳入重点关注的。</translation>
        </message>
        <message>
            <source>Write down the concern: what was noticed, by whom.</source>
            <translation>请写明关注事由：观察到什么情况、由谁发现。</translation>
        </message>
    </context>
    <context>
        <name>NewIncidentDialog</name>
        <message>
            <source>Record a crisis incident</source>
            <translation>登记危机事件</translation>
        </message>
        <message>
            <source>Happened at:</source>
            <translation>发生时间：</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>地点：</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>事件类型：</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>请选择…</translation>
        </message>
        <message>
            <source>Gravity:</source>
            <translation>事件等级：</translation>
        </message>
        <message>
            <source>Students:</source>
            <translation>涉及学生：</translation>
        </message>
        <message>
            <source>Found by:</source>
            <translation>发现人：</translation>
        </message>
        <message>
            <source>Found at:</source>
            <translation>发现时间：</translation>
        </message>
        <message>
            <source>What was seen:</source>
            <translation>所见情况：</translation>
        </message>
        <message>
            <source>Each student goes on the watch list at the highest level (an open entry is raised). Record the report to the counselor or school leader next: the target is 10 minutes.</source>
            <translation>涉及的学生将按最高等级列入重点关注（已在名单上的升为最高等级）。接下来请记录向心理教师或校领导报告的时间：时限为 10 分钟。</translation>
        </message>
        <message>
            <source>Choose the type of the incident.</source>
            <translation>请选择事件类型。</translation>
        </message>
        <message>
            <source>Choose the student or students involved.</source>
            <translation>请选择涉及的学生。</translation>
        </message>
    </context>
    <context>
        <name>NewLeaveDialog</name>
        <message>
            <source>Leave or suspension</source>
            <translation>登记请假/休学</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>学生：</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>Reason category:</source>
            <translation>原因类别：</translation>
        </message>
        <message>
            <source>Applied on:</source>
            <translation>申请日期：</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>开始日期：</translation>
        </message>
        <message>
            <source>Expected end:</source>
            <translation>预计结束日期：</translation>
        </message>
        <message>
            <source>Documents received:</source>
            <translation>已收材料：</translation>
        </message>
        <message>
            <source>What the medical documents say:</source>
            <translation>医疗材料内容：</translation>
        </message>
        <message>
            <source>The medical documents' content is kept sealed with the clinical records. A suspension shows in the register once the school and the education bureau approved it.</source>
            <translation>医疗材料内容与临床资料一同加密保存。休学经学校和教育局审批后，学籍状态才改为休学。</translation>
        </message>
        <message>
            <source>Choose the student.</source>
            <translation>请选择学生。</translation>
        </message>
    </context>
    <context>
        <name>NewMeetingDialog</name>
        <message>
            <source>New review meeting</source>
            <translation>新建研判会</translation>
        </message>
        <message>
            <source>Grade or department:</source>
            <translation>年级/院系：</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>月份：</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>会议名称：</translation>
        </message>
        <message>
            <source>Extra review meeting</source>
            <translation>临时研判会</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>时间：</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>地点：</translation>
        </message>
        <message>
            <source>e.g. the counseling office's meeting room</source>
            <translation>如：心理辅导室会议室</translation>
        </message>
        <message>
            <source>Chair:</source>
            <translation>主持人：</translation>
        </message>
        <message>
            <source>Minute-taker:</source>
            <translation>记录人：</translation>
        </message>
        <message>
            <source>The agenda is built from the watch list when the meeting is saved (due reviews, new entries, level changes, returns from leave, open actions of the last meeting, screening candidates), and the usual people are invited. Until the meeting starts the agenda can be refreshed.</source>
            <translation>保存后将根据重点关注清单生成议程（到期回访、新纳入、等级变化、复学返校、上次会议未完成措施、待复核的筛查对象），并邀请惯常参会人员。会议开始前可刷新议程。</translation>
        </message>
        <message>
            <source>(not chosen yet)</source>
            <translation>（暂未指定）</translation>
        </message>
        <message>
            <source>Choose the grade or department.</source>
            <translation>请选择年级或院系。</translation>
        </message>
        <message>
            <source>An extra meeting needs a name (e.g. an urgent case review).</source>
            <translation>临时会议须填写名称（如：临时研判会）。</translation>
        </message>
    </context>
    <context>
        <name>NewRecoveryKeyDialog</name>
        <message>
            <source>New recovery key</source>
            <translation>新的恢复密钥</translation>
        </message>
        <message>
            <source>The office has a new recovery key. It is shown only now: print the recovery sheet, seal it in an envelope, keep it in the office safe, and destroy the old sheet. The old key no longer opens the office, nor the backups made from now on; backups made before still open with it.</source>
            <translation>办公室已有新的恢复密钥。它只在此时显示：请打印恢复密钥页，装入信封封存，放在办公室保险柜中，并销毁旧的恢复密钥页。旧密钥不再能打开本办公室，也打不开今后的备份；此前的备份仍可用旧密钥打开。</translation>
        </message>
        <message>
            <source>Print the recovery sheet…</source>
            <translation>打印恢复密钥页…</translation>
        </message>
        <message>
            <source>Type it back now…</source>
            <translation>现在再输入一遍…</translation>
        </message>
        <message>
            <source>Until the key is typed back, the start page reminds the office head to confirm it.</source>
            <translation>在再次输入确认之前，工作台会一直提醒办公室负责人确认恢复密钥。</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>恢复密钥</translation>
        </message>
    </context>
    <context>
        <name>NewReferralDialog</name>
        <message>
            <source>New referral</source>
            <translation>新建转介</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>学生：</translation>
        </message>
        <message>
            <source>Urgency:</source>
            <translation>紧急程度：</translation>
        </message>
        <message>
            <source>Hospital:</source>
            <translation>就诊医院：</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>科室：</translation>
        </message>
        <message>
            <source>Accompanied by:</source>
            <translation>陪同人员：</translation>
        </message>
        <message>
            <source>not decided yet</source>
            <translation>尚未确定</translation>
        </message>
        <message>
            <source>Reason and what was observed:</source>
            <translation>转介原因及观察到的情况：</translation>
        </message>
        <message>
            <source>What the school has done:</source>
            <translation>学校已采取的措施：</translation>
        </message>
        <message>
            <source>Screening summary:</source>
            <translation>心理测评摘要：</translation>
        </message>
        <message>
            <source>The screening summary names the scale, the date, the total and the level: never the answers to single items. The guardian comes from the register.</source>
            <translation>测评摘要只写量表、日期、总分和等级，不写单题作答。监护人信息取自学籍。</translation>
        </message>
        <message>
            <source>not chosen yet</source>
            <translation>尚未选择</translation>
        </message>
        <message>
            <source>Choose the student.</source>
            <translation>请选择学生。</translation>
        </message>
        <message>
            <source>Write the reason of the referral and what was observed.</source>
            <translation>请填写转介原因及观察到的情况。</translation>
        </message>
        <message>
            <source>Not on the watch list</source>
            <translation>不在重点关注名单上</translation>
        </message>
        <message>
            <source>{student} is not on the watch list. Writing the referral puts the student on it (source: medical-school liaison, followed up as a severe case). Go on?</source>
            <translation>{student} 不在重点关注名单上。开具转介将同时把该生列入重点关注（来源：医教对接，按重症跟进）。继续吗？</translation>
        </message>
        <message>
            <source>Put on the list and write</source>
            <translation>列入并开具</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>OtherMattersDialog</name>
        <message>
            <source>Other matters</source>
            <translation>其他事项</translation>
        </message>
        <message>
            <source>Other matters:</source>
            <translation>其他事项：</translation>
        </message>
        <message>
            <source>e.g. dormitory visits, the class mental-health monitors' reports. Printed in the minutes.</source>
            <translation>如：宿舍走访情况、班级心理委员汇报等。将打印在会议纪要中。</translation>
        </message>
    </context>
    <context>
        <name>OtherTab</name>
        <message>
            <source>Actions of the last meeting still open</source>
            <translation>上次会议措施落实情况（未完成）</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>学生</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>措施</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>完成期限</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>目前</translation>
        </message>
        <message>
            <source>not in the plan</source>
            <translation>未纳入方案</translation>
        </message>
        <message>
            <source>None: every action of the last meeting is done, or there was none.</source>
            <translation>无：上次会议的措施均已落实，或上次没有布置措施。</translation>
        </message>
        <message>
            <source>Other matters</source>
            <translation>其他事项</translation>
        </message>
        <message>
            <source>Write…</source>
            <translation>填写…</translation>
        </message>
        <message>
            <source>Addenda</source>
            <translation>补充说明</translation>
        </message>
        <message>
            <source>(nothing written)</source>
            <translation>（未填写）</translation>
        </message>
        <message>
            <source>{day} · {author}{signed}:
{body}</source>
            <translation>{day} · {author}{signed}：
{body}</translation>
        </message>
        <message>
            <source> (not signed)</source>
            <translation>（未签名）</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <source>Meetings of the school year</source>
            <translation>本学年研判会</translation>
        </message>
        <message>
            <source>✓ finalized · red: no meeting yet this month · double-click a cell to open or prepare its meeting</source>
            <translation>✓ 已定稿 · 红色：本月尚未开会 · 双击单元格打开或新建该月会议</translation>
        </message>
        <message>
            <source>No school year is set up: enter it on the school calendar page.</source>
            <translation>尚未设置学年，请在“校历”页面中录入。</translation>
        </message>
        <message>
            <source>✓ finalized · 1/2: meetings held of those the policy asks a month · red: short this month · double-click a cell to open or prepare its meeting</source>
            <translation>✓ 已定稿 · 1/2：本月已开次数/规定次数 · 红色：本月未开足 · 双击单元格打开或新建该月会议</translation>
        </message>
        <message>
            <source>No grade or department with classes yet.</source>
            <translation>还没有设有班级的年级或院系。</translation>
        </message>
        <message>
            <source>MMM</source>
            <translation>M月</translation>
        </message>
        <message>
            <source>no meeting yet this month</source>
            <translation>本月尚未开会</translation>
        </message>
        <message>
            <source>no meeting</source>
            <translation>未开会</translation>
        </message>
        <message>
            <source>{held} of the {required} meetings a month the policy asks for</source>
            <translation>本月已开 {held} 次，按规定每月应开 {required} 次</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Audit trail</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Backup and restore</source>
            <translation>备份与恢复</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>工作台</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用户管理</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>学生名册</translation>
        </message>
        <message>
            <source>School calendar</source>
            <translation>校历</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>教职工</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Watch list</source>
            <translation>重点关注学生</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>心理测评</translation>
        </message>
        <message>
            <source>Duty roster</source>
            <translation>值班表</translation>
        </message>
        <message>
            <source>Review meetings</source>
            <translation>研判会</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>合规与督导</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>Compliance records</source>
            <translation>合规记录</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>转介</translation>
        </message>
        <message>
            <source>Crisis incidents</source>
            <translation>危机事件</translation>
        </message>
        <message>
            <source>Leave and return</source>
            <translation>请假/休学与复学</translation>
        </message>
    </context>
    <context>
        <name>PasswordForm</name>
        <message>
            <source>Repeat:</source>
            <translation>再次输入：</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>Pdf</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <source>Printed {time}</source>
            <translation>打印时间：{time}</translation>
        </message>
        <message>
            <source>Confidential: psychological counseling records</source>
            <translation>机密：心理辅导工作记录</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>编号：{number}</translation>
        </message>
        <message>
            <source>{role} (signature):</source>
            <translation>{role}（签字）：</translation>
        </message>
        <message>
            <source>{role} {name} (signature):</source>
            <translation>{role} {name}（签字）：</translation>
        </message>
        <message>
            <source>Date: __________</source>
            <translation>　　　　年　　月　　日</translation>
        </message>
        <message>
            <source>{organization} (seal)</source>
            <translation>{organization}（盖章）</translation>
        </message>
        <message>
            <source>Cut along this line</source>
            <translation>沿此线剪开</translation>
        </message>
    </context>
    <context>
        <name>PeriodsTab</name>
        <message>
            <source>A booking for a student in a class period of that day gets a warning: the student misses class. No periods: no warning. Every day has Monday's periods unless it has its own.</source>
            <translation>为学生预约的时间落在当天的上课时间内时会提示：学生需要缺课。不填上课时间则不提示。各天默认与周一相同，也可单独设置。</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>星期：</translation>
        </message>
        <message>
            <source>Same as Monday</source>
            <translation>同周一</translation>
        </message>
        <message>
            <source>Untick to give this day its own periods, starting from a copy of Monday's</source>
            <translation>取消勾选即可单独设置这一天的上课时间（先复制周一的）</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Add a period</source>
            <translation>添加一节</translation>
        </message>
        <message>
            <source>Remove the selected</source>
            <translation>删除所选</translation>
        </message>
        <message>
            <source>Save the class periods</source>
            <translation>保存上课时间</translation>
        </message>
        <message>
            <source>{day} (own periods)</source>
            <translation>{day}（单独设置）</translation>
        </message>
        <message>
            <source>Period {n}</source>
            <translation>第{n}节</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>manage users</source>
            <translation>管理用户</translation>
        </message>
        <message>
            <source>view the audit trail</source>
            <translation>查看审计日志</translation>
        </message>
        <message>
            <source>make backups</source>
            <translation>备份数据</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>change office settings</source>
            <translation>修改办公室设置</translation>
        </message>
        <message>
            <source>export the data key</source>
            <translation>导出数据密钥</translation>
        </message>
        <message>
            <source>renew the office's keys</source>
            <translation>更换办公室密钥</translation>
        </message>
        <message>
            <source>view the school register</source>
            <translation>查看学校名册</translation>
        </message>
        <message>
            <source>edit the school register</source>
            <translation>编辑学校名册</translation>
        </message>
        <message>
            <source>manage appointments</source>
            <translation>管理预约</translation>
        </message>
        <message>
            <source>manage duty rosters</source>
            <translation>管理值班表</translation>
        </message>
        <message>
            <source>approve duty swaps and covers</source>
            <translation>审批换班和代班</translation>
        </message>
        <message>
            <source>view the watch list</source>
            <translation>查看重点关注学生清单</translation>
        </message>
        <message>
            <source>edit the watch list</source>
            <translation>编辑重点关注学生清单</translation>
        </message>
        <message>
            <source>approve closing a watch-list entry</source>
            <translation>审批关闭重点关注条目</translation>
        </message>
        <message>
            <source>view intervention plans</source>
            <translation>查看一人一策方案</translation>
        </message>
        <message>
            <source>view counseling notes</source>
            <translation>查看咨询记录</translation>
        </message>
        <message>
            <source>view screening answers</source>
            <translation>查看测评作答</translation>
        </message>
        <message>
            <source>manage screening</source>
            <translation>管理心理测评</translation>
        </message>
        <message>
            <source>view crisis incidents</source>
            <translation>查看危机事件</translation>
        </message>
        <message>
            <source>manage crisis incidents</source>
            <translation>管理危机事件</translation>
        </message>
        <message>
            <source>manage review meetings</source>
            <translation>管理研判会</translation>
        </message>
        <message>
            <source>manage referrals</source>
            <translation>管理转介</translation>
        </message>
        <message>
            <source>make bureau reports</source>
            <translation>生成教育局报告</translation>
        </message>
        <message>
            <source>keep the compliance records</source>
            <translation>填写合规记录</translation>
        </message>
        <message>
            <source>deactivate one's own account</source>
            <translation>停用自己的账号</translation>
        </message>
        <message>
            <source>give one's own account a temporary password</source>
            <translation>给自己的账号设置临时密码</translation>
        </message>
        <message>
            <source>open another counselor's session record</source>
            <translation>查看其他心理老师的个案记录</translation>
        </message>
        <message>
            <source>change finalized meeting minutes</source>
            <translation>修改已定稿的会议纪要</translation>
        </message>
        <message>
            <source>read an appointment's notes</source>
            <translation>查看预约的备注</translation>
        </message>
        <message>
            <source>put clinical text on a printout</source>
            <translation>在打印件中写入保密的心理辅导内容</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Revise the individual plan</source>
            <translation>修订一人一策</translation>
        </message>
        <message>
            <source>Write the individual plan</source>
            <translation>编写一人一策</translation>
        </message>
        <message>
            <source>Goal:</source>
            <translation>目标：</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>What is done</source>
            <translation>具体内容</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>频次</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Add a measure</source>
            <translation>添加措施</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Measures:</source>
            <translation>措施：</translation>
        </message>
        <message>
            <source>Medication:</source>
            <translation>用药情况：</translation>
        </message>
        <message>
            <source>As the family reports it (the school never prescribes)</source>
            <translation>按家庭告知填写（学校不开具药物）</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Saving writes version {n}, dated today and signed with your name; the earlier versions stay. A measure's state can also be changed later in the window.</source>
            <translation>保存后生成第 {n} 版，日期为今天并以您的名义签名；之前的版本都会保留。措施的状态之后也可以在条目窗口中直接修改。</translation>
        </message>
        <message>
            <source>choose or type</source>
            <translation>选择或填写</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <source>Write the plan…</source>
            <translation>编写一人一策…</translation>
        </message>
        <message>
            <source>Earlier versions…</source>
            <translation>历史版本…</translation>
        </message>
        <message>
            <source>There is no individual plan for this entry yet.</source>
            <translation>该条目还没有一人一策。</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>措施</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>What is done</source>
            <translation>具体内容</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>频次</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Medication (as the family reports it)</source>
            <translation>用药情况（家庭告知）</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Revise the plan…</source>
            <translation>修订一人一策…</translation>
        </message>
        <message>
            <source>None reported by the family.</source>
            <translation>家庭未告知用药情况。</translation>
        </message>
    </context>
    <context>
        <name>PlanVersionsDialog</name>
        <message>
            <source>Versions of the plan</source>
            <translation>一人一策历史版本</translation>
        </message>
        <message>
            <source>Version {n} · {day} · {author}</source>
            <translation>第 {n} 版 · {day} · {author}</translation>
        </message>
    </context>
    <context>
        <name>Policy</name>
        <message>
            <source>screening campaigns</source>
            <translation>心理测评</translation>
        </message>
        <message>
            <source>monthly review meetings</source>
            <translation>月度研判会</translation>
        </message>
        <message>
            <source>the compliance records and their indicators</source>
            <translation>合规记录与督导指标</translation>
        </message>
        <message>
            <source>Screenings per student per school year</source>
            <translation>每名学生每学年心理测评次数</translation>
        </message>
        <message>
            <source>Review meetings per grade or department per month</source>
            <translation>每个年级或院系每月研判会次数</translation>
        </message>
        <message>
            <source>Family guidance activities per class per semester</source>
            <translation>每班每学期家庭心理健康指导活动次数</translation>
        </message>
        <message>
            <source>Mental-health lessons (K-12) per two weeks</source>
            <translation>中小学每两周心理健康课课时</translation>
        </message>
        <message>
            <source>Mental-health lessons (vocational) per semester</source>
            <translation>中职每学期心理健康课课时</translation>
        </message>
        <message>
            <source>Mental-health course credits (university)</source>
            <translation>高校心理健康课程学分</translation>
        </message>
        <message>
            <source>K-12: at least one full-time teacher above this many students</source>
            <translation>中小学：学生数超过此数须配备至少 1 名专职教师</translation>
        </message>
        <message>
            <source>students</source>
            <translation>人</translation>
        </message>
        <message>
            <source>University: students per full-time teacher at most</source>
            <translation>高校：每名专职教师对应学生数上限</translation>
        </message>
        <message>
            <source>University: full-time teachers at least</source>
            <translation>高校：专职教师至少</translation>
        </message>
        <message>
            <source>Training per full-time teacher per year</source>
            <translation>专职教师每年培训学时</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>学时</translation>
        </message>
        <message>
            <source>Trainings per part-time teacher per year</source>
            <translation>兼职教师每年培训次数</translation>
        </message>
        <message>
            <source>Supervisions per counselor per year</source>
            <translation>心理咨询人员每年督导次数</translation>
        </message>
        <message>
            <source>University funding per student per year at least</source>
            <translation>高校每生每年经费至少</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <source>University counseling venue at least</source>
            <translation>高校心理辅导场地面积至少</translation>
        </message>
        <message>
            <source>m²</source>
            <translation>平方米</translation>
        </message>
        <message>
            <source>School counseling rooms at least</source>
            <translation>中小学心理辅导室至少</translation>
        </message>
        <message>
            <source>Publicity activities for all staff per year</source>
            <translation>每年面向全体教师的宣传活动</translation>
        </message>
        <message>
            <source>Screening coverage of students at least</source>
            <translation>学生心理测评覆盖率至少</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>An indicator is partly met (amber) from this share of its target</source>
            <translation>指标达到目标的此比例即为“部分达标”（黄色）</translation>
        </message>
        <message>
            <source>art. {n}</source>
            <translation>第{n}条</translation>
        </message>
    </context>
    <context>
        <name>PolicyProfile</name>
        <message>
            <source>Anhui Province measures (2023)</source>
            <translation>安徽省学生心理健康工作若干措施（2023）</translation>
        </message>
        <message>
            <source>Anhui 2023, with two family guidance activities per semester (2025 national notice)</source>
            <translation>安徽 2023，每学期两次家庭教育指导活动（2025 年国家通知）</translation>
        </message>
    </context>
    <context>
        <name>PostDialog</name>
        <message>
            <source>New post</source>
            <translation>新建岗位</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>e.g. counseling room, hotline</source>
            <translation>例如：辅导室、热线</translation>
        </message>
        <message>
            <source>in use (unticked: retired, kept in past rosters)</source>
            <translation>启用中（不勾选则停用，以往值班表中保留）</translation>
        </message>
        <message>
            <source>Give the post a name.</source>
            <translation>请填写岗位名称。</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <source>Print preview — {title}</source>
            <translation>打印预览 — {title}</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>无法启动打印机。</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <source>The PDF was saved as {path}.</source>
            <translation>PDF 已保存为 {path}。</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <source>entered by hand</source>
            <translation>手工录入</translation>
        </message>
        <message>
            <source>roster import</source>
            <translation>名册导入</translation>
        </message>
        <message>
            <source>demo office</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <source>year rollover</source>
            <translation>学年升级</translation>
        </message>
    </context>
    <context>
        <name>ProfileSection</name>
        <message>
            <source>Basic data</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <source>Guardians</source>
            <translation>监护人</translation>
        </message>
        <message>
            <source>Status changes</source>
            <translation>学籍变动</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Watch list</source>
            <translation>重点关注</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>心理测评</translation>
        </message>
        <message>
            <source>Review meetings</source>
            <translation>研判会</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>转介</translation>
        </message>
        <message>
            <source>Leave and return</source>
            <translation>请假/休学与复学</translation>
        </message>
        <message>
            <source>Crisis incidents</source>
            <translation>危机事件</translation>
        </message>
    </context>
    <context>
        <name>PublishDialog</name>
        <message>
            <source>Check and publish the duty roster</source>
            <translation>检查并发布值班表</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>发布</translation>
        </message>
        <message>
            <source>Publish from {start} through:</source>
            <translation>发布范围：{start} 至</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>值班人</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Only the days whose holidays are known; the rest of the semester once the holidays of the next year are entered.</source>
            <translation>只发布放假安排已知的日期；下一年的放假安排录入后，再发布本学期其余的日期。</translation>
        </message>
        <message>
            <source>{count} empty seat(s): {why}</source>
            <translation>空缺 {count} 个：{why}</translation>
        </message>
        <message>
            <source>a make-up workday without a timetable (choose one in the set-up)</source>
            <translation>调休上班日尚未指定课表（请在设置中选择）</translation>
        </message>
        <message>
            <source>{seats} seat(s) checked.</source>
            <translation>已检查 {seats} 个值班岗次。</translation>
        </message>
        <message>
            <source>Every seat is filled and no duty breaks a rule.</source>
            <translation>所有岗次均已安排，没有违反规则的值班。</translation>
        </message>
        <message>
            <source>{gaps} seat(s) still empty: publishing asks you to confirm.</source>
            <translation>仍有 {gaps} 个空缺，发布前需要确认。</translation>
        </message>
        <message>
            <source>{count} problem(s) in red must be resolved before publishing (change the day in the month, or generate again).</source>
            <translation>红色的 {count} 个问题须在发布前解决（在月值班表中调整当天，或重新生成）。</translation>
        </message>
        <message>
            <source>Published so far through {day}.</source>
            <translation>目前已发布至 {day}。</translation>
        </message>
        <message>
            <source>Only through {day}</source>
            <translation>只发布到 {day}</translation>
        </message>
        <message>
            <source>Publish with empty seats?</source>
            <translation>有空缺，仍要发布吗？</translation>
        </message>
        <message>
            <source>{gaps} seat(s) of the roster are still empty. Publish the roster anyway? The empty seats stay marked on the printed month.</source>
            <translation>值班表还有 {gaps} 个空缺。仍要发布吗？打印的月值班表上会标出空缺。</translation>
        </message>
        <message>
            <source>Publish anyway</source>
            <translation>仍然发布</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Published through {day}.</source>
            <translation>已发布至 {day}。</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>Counseling session record</source>
            <translation>心理辅导记录</translation>
        </message>
        <message>
            <source>{day} {start}–{end} · {who} · {kind} · {place} · {counselor}</source>
            <translation>{day} {start}–{end} · {who} · {kind} · {place} · {counselor}</translation>
        </message>
        <message>
            <source>Confidential: open to its author and the office head only.</source>
            <translation>保密：仅填写人和负责人可以查看。</translation>
        </message>
        <message>
            <source>Presenting problem:</source>
            <translation>主诉：</translation>
        </message>
        <message>
            <source>State and observations:</source>
            <translation>当前状态与观察：</translation>
        </message>
        <message>
            <source>Assessment and analysis:</source>
            <translation>问题评估与分析：</translation>
        </message>
        <message>
            <source>Goal:</source>
            <translation>辅导目标：</translation>
        </message>
        <message>
            <source>Process:</source>
            <translation>辅导过程：</translation>
        </message>
        <message>
            <source>Intervention:</source>
            <translation>干预措施：</translation>
        </message>
        <message>
            <source>The student's response:</source>
            <translation>学生反应：</translation>
        </message>
        <message>
            <source>Homework:</source>
            <translation>家庭作业：</translation>
        </message>
        <message>
            <source>Evaluation of the effect:</source>
            <translation>效果评估：</translation>
        </message>
        <message>
            <source>Next appointment on</source>
            <translation>下次预约日期</translation>
        </message>
        <message>
            <source>Add this session as a follow-up to the student's watch-list entry</source>
            <translation>记入随访：将本次辅导记为该生重点关注档案的一次随访</translation>
        </message>
        <message>
            <source>Follow-up, what was seen:</source>
            <translation>随访所见：</translation>
        </message>
        <message>
            <source>Level seen now:</source>
            <translation>本次评定级别：</translation>
        </message>
        <message>
            <source>Save, sign and lock</source>
            <translation>保存、签名并锁定</translation>
        </message>
        <message>
            <source>Add an addendum…</source>
            <translation>添加补充说明</translation>
        </message>
        <message>
            <source>The addendum: what is added or corrected, dated and signed by you</source>
            <translation>补充说明：补充或更正的内容，由你署名并注明日期</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>保存草稿</translation>
        </message>
        <message>
            <source>unchanged ({level})</source>
            <translation>不变（{level}）</translation>
        </message>
        <message>
            <source>Record {number}</source>
            <translation>记录编号 {number}</translation>
        </message>
        <message>
            <source>signed {at} by {name}, locked</source>
            <translation>{name} 于 {at} 签名，已锁定</translation>
        </message>
        <message>
            <source>draft, not signed yet</source>
            <translation>草稿，尚未签名</translation>
        </message>
        <message>
            <source>already a follow-up in the watch-list entry</source>
            <translation>已记入重点关注档案的随访</translation>
        </message>
        <message>
            <source>Addendum {at} {name}: {text}</source>
            <translation>补充 {at} {name}：{text}</translation>
        </message>
        <message>
            <source>Write what was seen for the follow-up, or clear its check box.</source>
            <translation>请填写随访所见，或取消勾选“记入随访”一项。</translation>
        </message>
        <message>
            <source>Sign the record</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>Once signed, the record is locked: later changes are addenda. Sign it now?</source>
            <translation>签名后记录将被锁定，之后的修改只能以补充说明的形式添加。现在签名吗？</translation>
        </message>
    </context>
    <context>
        <name>RecordsTab</name>
        <message>
            <source>Add a note…</source>
            <translation>补充说明…</translation>
        </message>
        <message>
            <source>Added on {day} by {author}</source>
            <translation>{day} {author} 补充说明</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Reset a password with the recovery key</source>
            <translation>用恢复密钥重设密码</translation>
        </message>
        <message>
            <source>The recovery key was printed when the office was set up and is kept sealed in the office safe. Using it is recorded in the audit trail.</source>
            <translation>恢复密钥在创建办公室时打印，并密封保存在办公室保险柜中。使用恢复密钥会记入审计日志。</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>登录名：</translation>
        </message>
        <message>
            <source>Recovery key:</source>
            <translation>恢复密钥：</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
        <message>
            <source>Repeat new password:</source>
            <translation>再次输入新密码：</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
        <message>
            <source>A new password was set. You can log in with it now.</source>
            <translation>新密码已设置，现在可以用它登录。</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPage</name>
        <message>
            <source>The recovery key</source>
            <translation>恢复密钥</translation>
        </message>
        <message>
            <source>Shown only now. Print it, seal it in an envelope and keep it in the office safe.</source>
            <translation>仅此一次显示。请打印后装入信封密封，存放在办公室保险柜中。</translation>
        </message>
        <message>
            <source>When every password is forgotten, this key sets a new one. Whoever holds it can read every record, so it never goes on a computer, a phone or into a message.</source>
            <translation>所有密码都遗忘时，可用此密钥设置新密码。持有它的人可以读取全部记录，因此切勿存入电脑、手机或通过消息发送。</translation>
        </message>
        <message>
            <source>Print the recovery sheet…</source>
            <translation>打印恢复密钥页…</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <source>Recovery key</source>
            <translation>恢复密钥</translation>
        </message>
        <message>
            <source>This is the recovery key of the counseling office's encrypted records at {school}, created on {date}.</source>
            <translation>这是{school}心理辅导室加密记录的恢复密钥，生成于 {date}。</translation>
        </message>
        <message>
            <source>What it is for</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>When every password of the office is forgotten, this key sets a new password for any account (“Forgot password” in the login window). It also opens the database with standard SQLCipher tools, so the records never depend on one program.</source>
            <translation>当办公室所有密码都遗忘时，可凭此密钥为任一账号设置新密码（登录窗口中的“忘记密码”）。它也能用标准 SQLCipher 工具打开数据库，记录不会依赖于某一个软件。</translation>
        </message>
        <message>
            <source>Where to keep it</source>
            <translation>保管要求</translation>
        </message>
        <message>
            <source>Seal this page in an envelope, sign across the seal, and keep it in the office safe. Do not photograph, scan, copy or store it on a computer. Whoever holds this key can read every record of the office, including counseling notes about children.</source>
            <translation>请将本页装入信封，在封口处骑缝签名，存放在办公室保险柜中。不得拍照、扫描、复印或存入电脑。持有此密钥的人可以读取办公室的全部记录，包括有关学生的心理辅导记录。</translation>
        </message>
        <message>
            <source>Sealing record</source>
            <translation>密封记录</translation>
        </message>
        <message>
            <source>Sealed by (signature)</source>
            <translation>密封人（签名）</translation>
        </message>
        <message>
            <source>Witness (signature)</source>
            <translation>见证人（签名）</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Group {n}</source>
            <translation>第 {n} 组</translation>
        </message>
    </context>
    <context>
        <name>ReferralAccompany</name>
        <message>
            <source>parents</source>
            <translation>家长陪同</translation>
        </message>
        <message>
            <source>school staff</source>
            <translation>学校陪同</translation>
        </message>
        <message>
            <source>ambulance (120)</source>
            <translation>120急救</translation>
        </message>
    </context>
    <context>
        <name>ReferralAdvice</name>
        <message>
            <source>may study at school as usual</source>
            <translation>可在校正常学习</translation>
        </message>
        <message>
            <source>may study at school, with regular visits</source>
            <translation>可在校学习，需定期复诊</translation>
        </message>
        <message>
            <source>suspension for treatment advised</source>
            <translation>建议休学治疗</translation>
        </message>
        <message>
            <source>hospital stay</source>
            <translation>住院治疗</translation>
        </message>
    </context>
    <context>
        <name>ReferralCloseReason</name>
        <message>
            <source>referral completed</source>
            <translation>转介完成</translation>
        </message>
        <message>
            <source>followed up at school instead</source>
            <translation>改为在校跟踪</translation>
        </message>
        <message>
            <source>the parents refused</source>
            <translation>家长拒绝就医</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>ReferralDocuments</name>
        <message>
            <source>Student mental health referral form</source>
            <translation>学生心理健康转介单</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>回　执</translation>
        </message>
        <message>
            <source>{title} ({number})</source>
            <translation>{title}（{number}）</translation>
        </message>
        <message>
            <source>R {number}</source>
            <translation>转介 {number}</translation>
        </message>
        <message>
            <source>Date of referral</source>
            <translation>转介日期</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>学生姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <source>{age}</source>
            <translation>{age}岁</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Risk level</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>监护人</translation>
        </message>
        <message>
            <source>{name} ({relation})</source>
            <translation>{name}（{relation}）</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>就诊医院</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>科室</translation>
        </message>
        <message>
            <source>Green channel</source>
            <translation>绿色通道</translation>
        </message>
        <message>
            <source>{contact} {phone}</source>
            <translation>{contact} {phone}</translation>
        </message>
        <message>
            <source>Accompanied by</source>
            <translation>陪同人员</translation>
        </message>
        <message>
            <source>Reason and what was observed</source>
            <translation>转介原因及观察到的情况</translation>
        </message>
        <message>
            <source>Screening summary</source>
            <translation>心理测评摘要</translation>
        </message>
        <message>
            <source>What the school has done</source>
            <translation>学校已采取的措施</translation>
        </message>
        <message>
            <source>The parents</source>
            <translation>家长知情情况</translation>
        </message>
        <message>
            <source>Reason of the refusal: {reason}</source>
            <translation>拒绝原因：{reason}</translation>
        </message>
        <message>
            <source>Parent or guardian</source>
            <translation>家长</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>心理教师</translation>
        </message>
        <message>
            <source>Head teacher</source>
            <translation>班主任</translation>
        </message>
        <message>
            <source>School leader</source>
            <translation>分管校领导</translation>
        </message>
        <message>
            <source>Date of the visit</source>
            <translation>就诊日期</translation>
        </message>
        <message>
            <source>Doctor (optional)</source>
            <translation>医生（可不填）</translation>
        </message>
        <message>
            <source>The doctor's advice</source>
            <translation>医生建议</translation>
        </message>
        <message>
            <source>Next visit</source>
            <translation>下次复诊</translation>
        </message>
        <message>
            <source>Advice to the school</source>
            <translation>对学校的建议</translation>
        </message>
        <message>
            <source>To be filled in by the family or the hospital and handed back to the school's counseling office by {due}. No diagnosis is needed on this receipt.</source>
            <translation>由家长或医院填写，请于 {due} 前交回学校心理辅导室。回执无需填写诊断。</translation>
        </message>
        <message>
            <source>Parent's signature</source>
            <translation>家长签字</translation>
        </message>
        <message>
            <source>Doctor's signature or seal</source>
            <translation>医生签字或盖章</translation>
        </message>
        <message>
            <source>Date: ____________</source>
            <translation>日期：______年____月____日</translation>
        </message>
        <message>
            <source>Referral number</source>
            <translation>转介编号</translation>
        </message>
        <message>
            <source>Date handed back</source>
            <translation>交回日期</translation>
        </message>
        <message>
            <source>Register of referrals out</source>
            <translation>转介出登记表</translation>
        </message>
        <message>
            <source>Register of referral receipts</source>
            <translation>转介返回登记表</translation>
        </message>
        <message>
            <source>{since} to {until}</source>
            <translation>{since} 至 {until}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>转介编号</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>开具日期</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Receipt due</source>
            <translation>回执应交日期</translation>
        </message>
        <message>
            <source>Receipt back</source>
            <translation>回执交回日期</translation>
        </message>
        <message>
            <source>No referral in this period.</source>
            <translation>本期间没有转介。</translation>
        </message>
        <message>
            <source>No receipt came back in this period.</source>
            <translation>本期间没有收回回执。</translation>
        </message>
        <message>
            <source>{count} referrals; {back} receipts back, {overdue} overdue.</source>
            <translation>共 {count} 例转介；已收回回执 {back} 份，逾期未收回 {overdue} 份。</translation>
        </message>
    </context>
    <context>
        <name>ReferralEditDialog</name>
        <message>
            <source>Referral form R {number}</source>
            <translation>转介单 {number}</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>学生：</translation>
        </message>
        <message>
            <source>Urgency:</source>
            <translation>紧急程度：</translation>
        </message>
        <message>
            <source>green channel (always for an emergency)</source>
            <translation>走绿色通道（紧急转介必走）</translation>
        </message>
        <message>
            <source>Hospital:</source>
            <translation>就诊医院：</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>科室：</translation>
        </message>
        <message>
            <source>Accompanied by:</source>
            <translation>陪同人：</translation>
        </message>
        <message>
            <source>not decided yet</source>
            <translation>尚未确定</translation>
        </message>
        <message>
            <source>Guardian:</source>
            <translation>监护人：</translation>
        </message>
        <message>
            <source>Relation:</source>
            <translation>关系：</translation>
        </message>
        <message>
            <source>Guardian's phone:</source>
            <translation>监护人电话：</translation>
        </message>
        <message>
            <source>Reason and what was observed:</source>
            <translation>转介原因及观察到的情况：</translation>
        </message>
        <message>
            <source>What the school has done:</source>
            <translation>学校已采取的措施：</translation>
        </message>
        <message>
            <source>Screening summary:</source>
            <translation>筛查摘要：</translation>
        </message>
        <message>
            <source>The form can be changed until the referral is issued. The screening summary names the scale, the date, the total and the level: never the answers to single items.</source>
            <translation>转介单开具前均可修改。筛查摘要只写量表、日期、总分和等级，不写单个题目的作答。</translation>
        </message>
        <message>
            <source>not chosen yet</source>
            <translation>尚未选择</translation>
        </message>
        <message>
            <source>Write the reason of the referral and what was observed.</source>
            <translation>请填写转介原因及观察到的情况。</translation>
        </message>
    </context>
    <context>
        <name>ReferralField</name>
        <message>
            <source>The issue date</source>
            <translation>开具日期</translation>
        </message>
        <message>
            <source>The visit</source>
            <translation>就诊日期</translation>
        </message>
        <message>
            <source>The receipt's return</source>
            <translation>回执交回日期</translation>
        </message>
        <message>
            <source>The next visit</source>
            <translation>下次复诊日期</translation>
        </message>
        <message>
            <source>The meeting</source>
            <translation>会商日期</translation>
        </message>
        <message>
            <source>The reason</source>
            <translation>转介原因</translation>
        </message>
        <message>
            <source>What the school has done</source>
            <translation>学校已采取的措施</translation>
        </message>
        <message>
            <source>The screening summary</source>
            <translation>测评筛查摘要</translation>
        </message>
        <message>
            <source>The department</source>
            <translation>科室</translation>
        </message>
        <message>
            <source>The guardian</source>
            <translation>监护人</translation>
        </message>
        <message>
            <source>The participants</source>
            <translation>参会人员</translation>
        </message>
        <message>
            <source>The notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>The doctor</source>
            <translation>医生</translation>
        </message>
        <message>
            <source>The advice to the school</source>
            <translation>对学校的建议</translation>
        </message>
        <message>
            <source>The diagnosis</source>
            <translation>诊断</translation>
        </message>
        <message>
            <source>The meeting decision</source>
            <translation>研判会决定</translation>
        </message>
        <message>
            <source>The reason for reopening</source>
            <translation>重新打开的原因</translation>
        </message>
    </context>
    <context>
        <name>ReferralMeetingDialog</name>
        <message>
            <source>Meeting with the parents about R {number}</source>
            <translation>转介 {number} 家校会商</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>学生：</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>参会人员：</translation>
        </message>
        <message>
            <source>parents, counselor, head teacher, school leader</source>
            <translation>家长、心理教师、班主任、分管校领导</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>会商结论：</translation>
        </message>
        <message>
            <source>The parents:</source>
            <translation>家长意见：</translation>
        </message>
        <message>
            <source>Reason of a refusal:</source>
            <translation>拒绝就医的原因：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Following up at school, or the parents' signed refusal, closes the referral.</source>
            <translation>选择“在校跟踪”或家长签字拒绝就医，转介即结案。</translation>
        </message>
    </context>
    <context>
        <name>ReferralOrigin</name>
        <message>
            <source>watch-list entry</source>
            <translation>重点关注学生</translation>
        </message>
        <message>
            <source>review meeting decision</source>
            <translation>研判会决定</translation>
        </message>
        <message>
            <source>written directly</source>
            <translation>直接开具</translation>
        </message>
    </context>
    <context>
        <name>ReferralOutcome</name>
        <message>
            <source>refer to a hospital</source>
            <translation>转介就医</translation>
        </message>
        <message>
            <source>follow up at school</source>
            <translation>在校跟踪</translation>
        </message>
    </context>
    <context>
        <name>ReferralParents</name>
        <message>
            <source>informed</source>
            <translation>已知晓</translation>
        </message>
        <message>
            <source>agree to the visit</source>
            <translation>同意就医</translation>
        </message>
        <message>
            <source>refuse the visit (signed, with the reason)</source>
            <translation>拒绝就医（签字并写明原因）</translation>
        </message>
    </context>
    <context>
        <name>ReferralReceiptDialog</name>
        <message>
            <source>Receipt of R {number}</source>
            <translation>转介 {number} 回执</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>学生：</translation>
        </message>
        <message>
            <source>Date of the visit:</source>
            <translation>就诊日期：</translation>
        </message>
        <message>
            <source>Handed back on:</source>
            <translation>交回日期：</translation>
        </message>
        <message>
            <source>Hospital:</source>
            <translation>就诊医院：</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>科室：</translation>
        </message>
        <message>
            <source>Doctor (optional):</source>
            <translation>医生（可不填）：</translation>
        </message>
        <message>
            <source>The doctor's advice:</source>
            <translation>医生建议：</translation>
        </message>
        <message>
            <source>choose…</source>
            <translation>请选择…</translation>
        </message>
        <message>
            <source>a next visit is planned</source>
            <translation>已约定下次复诊</translation>
        </message>
        <message>
            <source>Next visit:</source>
            <translation>下次复诊：</translation>
        </message>
        <message>
            <source>Advice to the school:</source>
            <translation>对学校的建议：</translation>
        </message>
        <message>
            <source>Diagnosis (only if the family gives one):</source>
            <translation>诊断（仅在家长提供时填写）：</translation>
        </message>
        <message>
            <source>Enter the family's application for a suspension now (three months from the visit; approve it on the leave page)</source>
            <translation>同时登记家长的休学申请（自就诊日起三个月；在“请假/休学与复学”页审批）</translation>
        </message>
        <message>
            <source>The receipt writes a medical follow-up into the student's watch-list entry; the diagnosis is kept sealed with the clinical records and never printed.</source>
            <translation>登记回执会在该生的重点关注记录中添加一条就医随访；诊断与临床资料一同加密保存，不会打印。</translation>
        </message>
        <message>
            <source>Choose the doctor's advice.</source>
            <translation>请选择医生建议。</translation>
        </message>
    </context>
    <context>
        <name>ReferralState</name>
        <message>
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>issued</source>
            <translation>已开具</translation>
        </message>
        <message>
            <source>visited the hospital</source>
            <translation>已就诊</translation>
        </message>
        <message>
            <source>receipt returned</source>
            <translation>回执已收回</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已结案</translation>
        </message>
    </context>
    <context>
        <name>ReferralUrgency</name>
        <message>
            <source>routine</source>
            <translation>常规</translation>
        </message>
        <message>
            <source>urgent</source>
            <translation>加急</translation>
        </message>
        <message>
            <source>emergency (green channel)</source>
            <translation>紧急（绿色通道）</translation>
        </message>
    </context>
    <context>
        <name>ReferralsPage</name>
        <message>
            <source>New referral…</source>
            <translation>新建转介…</translation>
        </message>
        <message>
            <source>Write a referral for a student: the reason, the hospital, the urgency.</source>
            <translation>为学生开具转介：转介原因、医院、紧急程度。</translation>
        </message>
        <message>
            <source>Edit the form…</source>
            <translation>修改转介单…</translation>
        </message>
        <message>
            <source>Complete or correct the form until the referral is issued.</source>
            <translation>转介单开具前可补充或更正内容。</translation>
        </message>
        <message>
            <source>Meeting with the parents…</source>
            <translation>家校会商…</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>开具</translation>
        </message>
        <message>
            <source>Issue the referral: the receipt is due a week later.</source>
            <translation>开具转介单：回执应在一周内交回。</translation>
        </message>
        <message>
            <source>Visited today</source>
            <translation>今日已就诊</translation>
        </message>
        <message>
            <source>The family says the student saw the doctor today; the receipt is still to come.</source>
            <translation>家长告知学生今日已就诊，回执尚未交回。</translation>
        </message>
        <message>
            <source>Enter the receipt…</source>
            <translation>登记回执…</translation>
        </message>
        <message>
            <source>Close…</source>
            <translation>结案…</translation>
        </message>
        <message>
            <source>Close the referral: completed once the receipt is back, or earlier for another reason.</source>
            <translation>为转介结案：回执收回后按转介完成结案，或因其他原因提前结案。</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>重新打开…</translation>
        </message>
        <message>
            <source>Reopen a closed referral (closed by mistake, or the family came back with a new hospital document): it goes back to the state it was closed from.</source>
            <translation>重新打开已结案的转介（误操作结案，或家长又带来医院的新材料）：转介回到结案前的状态。</translation>
        </message>
        <message>
            <source>Print the form</source>
            <translation>打印转介单</translation>
        </message>
        <message>
            <source>The referral form with its tear-off receipt, on one A4 page.</source>
            <translation>转介单及回执，一页A4纸。</translation>
        </message>
        <message>
            <source>Hospitals…</source>
            <translation>医院名录…</translation>
        </message>
        <message>
            <source>Add a hospital to the directory the referrals choose from, or change one.</source>
            <translation>在转介可选的医院名录中添加医院，或修改已有医院。</translation>
        </message>
        <message>
            <source>Registers…</source>
            <translation>登记表…</translation>
        </message>
        <message>
            <source>The registers of referrals out and of receipts back, for the last six months.</source>
            <translation>近六个月的转介出登记表。</translation>
        </message>
        <message>
            <source>Student number, name, pinyin initials or the referral's number</source>
            <translation>学号、姓名、拼音首字母或转介编号</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未结案</translation>
        </message>
        <message>
            <source>Receipt overdue only</source>
            <translation>只看回执逾期</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Student no.</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>就诊医院</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>开具日期</translation>
        </message>
        <message>
            <source>Receipt due</source>
            <translation>回执应交日期</translation>
        </message>
        <message>
            <source>The receipt is overdue: ask the family.</source>
            <translation>回执已逾期：请联系家长。</translation>
        </message>
        <message>
            <source>Receipt back</source>
            <translation>回执交回日期</translation>
        </message>
        <message>
            <source>Doctor's advice</source>
            <translation>医生建议</translation>
        </message>
        <message>
            <source>Select a referral to print its form. Click a column header to sort.</source>
            <translation>选中一份转介可打印转介单。点击列标题排序。</translation>
        </message>
        <message>
            <source>{shown} shown · {open} open, {overdue} receipts overdue</source>
            <translation>显示 {shown} 条 · 未结案 {open} 条，回执逾期 {overdue} 条</translation>
        </message>
        <message>
            <source>Loading the referrals…</source>
            <translation>正在读取转介记录…</translation>
        </message>
        <message>
            <source>Issue the referral</source>
            <translation>开具转介单</translation>
        </message>
        <message>
            <source>Issue referral {number} for {name}? Then print the form and give it to the family.</source>
            <translation>为{name}开具转介单 {number}？开具后请打印转介单交给家长。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>ReferralsSection</name>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>就诊医院</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>开具日期</translation>
        </message>
        <message>
            <source>Receipt due</source>
            <translation>回执应交日期</translation>
        </message>
        <message>
            <source>The receipt is overdue: ask the family.</source>
            <translation>回执已逾期：请联系家长。</translation>
        </message>
        <message>
            <source>Receipt back</source>
            <translation>回执交回日期</translation>
        </message>
        <message>
            <source>Closed / reopened</source>
            <translation>结案/重启</translation>
        </message>
        <message>
            <source>reopened {day}</source>
            <translation>{day} 重启</translation>
        </message>
        <message>
            <source>closed {day}</source>
            <translation>{day} 结案</translation>
        </message>
        <message>
            <source>This student has no referral.</source>
            <translation>该学生没有转介记录。</translation>
        </message>
        <message>
            <source>Print the form</source>
            <translation>打印转介单</translation>
        </message>
    </context>
    <context>
        <name>RegistersDialog</name>
        <message>
            <source>Print a register</source>
            <translation>打印登记表</translation>
        </message>
        <message>
            <source>Register:</source>
            <translation>登记表：</translation>
        </message>
        <message>
            <source>Register of referrals out</source>
            <translation>转介出登记表</translation>
        </message>
        <message>
            <source>Register of receipts back</source>
            <translation>转介返回登记表</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>开始日期：</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>结束日期：</translation>
        </message>
        <message>
            <source>The register lists the referrals issued, or the receipts handed back, between these two days: this semester unless changed.</source>
            <translation>登记表列出这两天之间开具的转介单或交回的回执；默认为本学期。</translation>
        </message>
        <message>
            <source>The first day comes after the last.</source>
            <translation>开始日期晚于结束日期。</translation>
        </message>
    </context>
    <context>
        <name>RejectDialog</name>
        <message>
            <source>Send the request back</source>
            <translation>退回关闭申请</translation>
        </message>
        <message>
            <source>The entry stays open; the reason goes into its history.</source>
            <translation>条目继续保持开启，退回原因记入变更记录。</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Reopen the entry</source>
            <translation>重新启用</translation>
        </message>
        <message>
            <source>Level:</source>
            <translation>等级：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>The entry is followed up again; the first review is due after the level's interval.</source>
            <translation>条目重新进入跟进；首次回访按该等级的间隔安排。</translation>
        </message>
    </context>
    <context>
        <name>ReopenReferralDialog</name>
        <message>
            <source>Reopen referral R {number}</source>
            <translation>重新打开转介 {number}</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>学生：</translation>
        </message>
        <message>
            <source>Closed:</source>
            <translation>结案：</translation>
        </message>
        <message>
            <source>Goes back to:</source>
            <translation>恢复为：</translation>
        </message>
        <message>
            <source>Why it is reopened:</source>
            <translation>重新打开原因：</translation>
        </message>
        <message>
            <source>For a referral closed by mistake, or when the family comes back with a new hospital document. The reopening and its reason are kept with the referral; the student's timeline shows it.</source>
            <translation>用于误操作结案，或家长又带来医院新材料的情况。重新打开的记录及原因随转介保存，并显示在学生的时间线上。</translation>
        </message>
        <message>
            <source>{day}, {reason}</source>
            <translation>{day}，{reason}</translation>
        </message>
        <message>
            <source>Write why the referral is reopened.</source>
            <translation>请写明重新打开转介的原因。</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>Put on the waiting list</source>
            <translation>加入候约名单</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>学生：</translation>
        </message>
        <message>
            <source>Counselor:</source>
            <translation>心理老师：</translation>
        </message>
        <message>
            <source>anyone</source>
            <translation>任意</translation>
        </message>
        <message>
            <source>Preferred times:</source>
            <translation>希望时间：</translation>
        </message>
        <message>
            <source>e.g. 2 12:00-13:00;4 16:30-18:00 (0 = Monday)</source>
            <translation>如 2 12:00-13:00;4 16:30-18:00（0 为周一）</translation>
        </message>
        <message>
            <source>Note (confidential):</source>
            <translation>备注（保密）：</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>加入</translation>
        </message>
        <message>
            <source>Choose the student first: type a number, a name or pinyin initials.</source>
            <translation>请先选择学生：输入学号、姓名或拼音首字母。</translation>
        </message>
        <message>
            <source>the responsible counselor</source>
            <translation>负责的心理老师</translation>
        </message>
        <message>
            <source>Urgent: never left waiting</source>
            <translation>紧急：不能让学生等待</translation>
        </message>
        <message>
            <source>This student is on the watch list at a high level: book a session now, or tell {counselor} at once. The request heads every counselor's start page until it is booked.</source>
            <translation>该学生在重点关注清单中且等级较高：请立即安排辅导，或马上告知{counselor}。在预约之前，这条候约会显示在每位心理老师的工作台最上方。</translation>
        </message>
    </context>
    <context>
        <name>RequestViewDialog</name>
        <message>
            <source>Waiting-list request</source>
            <translation>候约申请</translation>
        </message>
        <message>
            <source>Student:</source>
            <translation>学生：</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>Counselor:</source>
            <translation>希望的老师：</translation>
        </message>
        <message>
            <source>Preferred times:</source>
            <translation>希望时间：</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>How the student came:</source>
            <translation>来访途径：</translation>
        </message>
        <message>
            <source>Stands until:</source>
            <translation>有效期至：</translation>
        </message>
        <message>
            <source>Added:</source>
            <translation>加入时间：</translation>
        </message>
        <message>
            <source>Note (confidential):</source>
            <translation>备注（保密）：</translation>
        </message>
        <message>
            <source>No note</source>
            <translation>没有备注</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>URGENT (watch list): never left waiting</source>
            <translation>紧急（重点关注）：不可等待</translation>
        </message>
        <message>
            <source>anyone</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>任何时间</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>no last day</source>
            <translation>不限期</translation>
        </message>
        <message>
            <source>a freed slot offered: {day} {start}–{end}, until {expires}</source>
            <translation>已提供空出时段：{day} {start}–{end}，{expires} 前答复</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>等待中</translation>
        </message>
        <message>
            <source>booked</source>
            <translation>已预约</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>已撤回</translation>
        </message>
    </context>
    <context>
        <name>RescoreDialog</name>
        <message>
            <source>Rescore the campaign</source>
            <translation>测评重新计分</translation>
        </message>
        <message>
            <source>Rescore</source>
            <translation>重新计分</translation>
        </message>
        <message>
            <source>Rescoring…</source>
            <translation>正在重新计分…</translation>
        </message>
        <message>
            <source>Scoring the sheets again…</source>
            <translation>正在重新计算各份答卷…</translation>
        </message>
        <message>
            <source>Student no.</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>原结果</translation>
        </message>
        <message>
            <source>After</source>
            <translation>新结果</translation>
        </message>
        <message>
            <source>Why the campaign is rescored (recorded), e.g. the positive cut-off corrected</source>
            <translation>重新计分的原因（会被记录），例如：阳性界值更正</translation>
        </message>
        <message>
            <source>key item {items}</source>
            <translation>关键题 {items}</translation>
        </message>
        <message>
            <source>{scale} would score {count} sheets: {changed} change, {same} stay as they are.</source>
            <translation>{scale} 将为 {count} 份答卷计分：{changed} 份结果改变，{same} 份不变。</translation>
        </message>
        <message>
            <source>{kept} sheets keep their version (totals only, or an item the new version needs is missing).</source>
            <translation>{kept} 份答卷保留原版本（只有总分，或缺少新版本需要的题目）。</translation>
        </message>
        <message>
            <source>{count} sheets rescored, {changed} changed; {candidates} new candidates on the watch list, {closing} closing requests for the office head.</source>
            <translation>重新计分 {count} 份，其中 {changed} 份结果改变；新增关注候选 {candidates} 名，提交负责人审批的关闭申请 {closing} 条。</translation>
        </message>
    </context>
    <context>
        <name>ResponsibleDialog</name>
        <message>
            <source>Responsible people</source>
            <translation>修改包保人</translation>
        </message>
        <message>
            <source>{name} (has left the school)</source>
            <translation>{name}（已离校）</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>添加包保人</translation>
        </message>
        <message>
            <source>People:</source>
            <translation>包保人：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>可不填</translation>
        </message>
        <message>
            <source>Usually the class's head teacher and a counselor; severe cases often also a school leader. Someone who has left the school must be replaced.</source>
            <translation>一般为班主任和一名心理教师；重症个案通常再加一名校领导。已离校的人员须更换。</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
    </context>
    <context>
        <name>ResultsWindow</name>
        <message>
            <source>Screening results: {campaign}</source>
            <translation>测评结果：{campaign}</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>候选名单</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>完成情况</translation>
        </message>
        <message>
            <source>Student number, name or pinyin initials</source>
            <translation>学号、姓名或拼音首字母</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>所有年级</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>所有班级</translation>
        </message>
        <message>
            <source>Print summary…</source>
            <translation>打印汇总报告…</translation>
        </message>
        <message>
            <source>The office's summary: coverage, bands, positive rate, key-item hits and the candidates with what became of them.</source>
            <translation>辅导室版汇总：完成率、等级分布、阳性率、命中关键题目数，以及候选学生和处理情况。</translation>
        </message>
        <message>
            <source>Summary for the leaders…</source>
            <translation>校领导版汇总…</translation>
        </message>
        <message>
            <source>De-identified: no names, no student numbers, no answers; counts under 5 shown as &lt;5.</source>
            <translation>去标识：不含姓名、学号和作答；不足 5 人的格子显示为“&lt;5”。</translation>
        </message>
        <message>
            <source>Rescore…</source>
            <translation>重新计分…</translation>
        </message>
        <message>
            <source>Score the sheets again with the newest version of the scale (after its definition was corrected): what changes is shown first.</source>
            <translation>按量表的最新版本（定义更正后）重新计分：先显示会有哪些变化。</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>名单</translation>
        </message>
        <message>
            <source>All bands</source>
            <translation>所有等级</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>所有筛查结果</translation>
        </message>
        <message>
            <source>Key items only</source>
            <translation>只看答中关键题</translation>
        </message>
        <message>
            <source>Student no.</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Taken on</source>
            <translation>测评日期</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>筛查结果</translation>
        </message>
        <message>
            <source>Key items</source>
            <translation>关键题</translation>
        </message>
        <message>
            <source>Watch list</source>
            <translation>重点关注</translation>
        </message>
        <message>
            <source>Loading the results…</source>
            <translation>正在加载测评结果…</translation>
        </message>
        <message>
            <source>View answers…</source>
            <translation>查看作答…</translation>
        </message>
        <message>
            <source>Open watch entry</source>
            <translation>打开关注记录</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>更正…</translation>
        </message>
        <message>
            <source>Remove a duplicate sheet, or give a sheet matched to the wrong student to the right one (with the reason).</source>
            <translation>移除重复的答卷，或把匹配错学生的答卷改归正确的学生（需说明原因）。</translation>
        </message>
        <message>
            <source>Every positive screen and every key-item hit goes to the watch list as 'to review'. Key-item hits come first: review them the next school day.</source>
            <translation>每个阳性筛查结果和每份答中关键题的答卷都以“待复核”列入重点关注。答中关键题的排在前面：须在下一个上学日复核。</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>Coverage = tested / due, by the grade and class each student was in when the campaign began; absent and exempt students are not due.</source>
            <translation>完成率 = 已测 / 应测，按测评开始时学生所在的年级和班级统计；请假、免测的学生不计入应测。</translation>
        </message>
        <message>
            <source>Grade or class</source>
            <translation>年级或班级</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应测</translation>
        </message>
        <message>
            <source>Tested</source>
            <translation>已测</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>请假</translation>
        </message>
        <message>
            <source>Exempt</source>
            <translation>免测</translation>
        </message>
        <message>
            <source>Coverage rate</source>
            <translation>完成率</translation>
        </message>
        <message>
            <source>In all: {tested} of {due} tested ({percent}); {absent} absent, {exempt} exempt</source>
            <translation>合计：应测 {due} 人，已测 {tested} 人（{percent}）；请假 {absent} 人，免测 {exempt} 人</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>所有院系</translation>
        </message>
        <message>
            <source>not on the watch list yet</source>
            <translation>尚未列入重点关注</translation>
        </message>
        <message>
            <source> (already on the list)</source>
            <translation>（此前已在关注中）</translation>
        </message>
        <message>
            <source>{count} candidates, {urgent} urgent</source>
            <translation>候选 {count} 名，紧急 {urgent} 名</translation>
        </message>
        <message>
            <source>Candidates ({count})</source>
            <translation>候选名单（{count}）</translation>
        </message>
        <message>
            <source>{shown} of {total} results shown · {positives} positive, {keys} hit a key item</source>
            <translation>显示 {shown} / {total} 份结果 · 阳性 {positives} 份，答中关键题 {keys} 份</translation>
        </message>
        <message>
            <source>Screening summary for the leaders</source>
            <translation>心理测评汇总（校领导版）</translation>
        </message>
        <message>
            <source>Screening summary</source>
            <translation>心理测评汇总报告</translation>
        </message>
        <message>
            <source>screening-summary-leaders-{campaign}</source>
            <translation>心理测评汇总-校领导版-{campaign}</translation>
        </message>
        <message>
            <source>screening-summary-{campaign}</source>
            <translation>心理测评汇总-{campaign}</translation>
        </message>
    </context>
    <context>
        <name>ReturnApplicationDialog</name>
        <message>
            <source>Application to return: L {number}</source>
            <translation>复学申请：{number}</translation>
        </message>
        <message>
            <source>Applied on:</source>
            <translation>申请日期：</translation>
        </message>
        <message>
            <source>Documents checked:</source>
            <translation>材料核验：</translation>
        </message>
        <message>
            <source>The application should come at least 15 days before the leave ends ({end}).</source>
            <translation>复学申请应在休学期满（{end}）前至少15天提出。</translation>
        </message>
        <message>
            <source>Late application</source>
            <translation>复学申请逾时</translation>
        </message>
        <message>
            <source>The application came later than 15 days before the leave ends. It is recorded; plan the return assessment meeting soon.</source>
            <translation>复学申请晚于休学期满前15天提出。已登记，请尽快安排复学评估会。</translation>
        </message>
    </context>
    <context>
        <name>ReturnConclusion</name>
        <message>
            <source>return agreed</source>
            <translation>同意复学</translation>
        </message>
        <message>
            <source>return postponed</source>
            <translation>暂缓复学</translation>
        </message>
        <message>
            <source>appeal</source>
            <translation>申诉</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Back at school: L {number}</source>
            <translation>办理复学：{number}</translation>
        </message>
        <message>
            <source>Back at school on:</source>
            <translation>复学日期：</translation>
        </message>
        <message>
            <source>Support for (months):</source>
            <translation>支持期（月）：</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>What</source>
            <translation>措施</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>频次</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Support plan:</source>
            <translation>复学支持方案：</translation>
        </message>
        <message>
            <source>The plan's lines become measures of the student's watch-list plan; the head teacher's sheet prints them without any clinical text.</source>
            <translation>方案各项将成为该生重点关注方案中的措施；班主任版只打印措施，不含任何临床内容。</translation>
        </message>
        <message>
            <source>Line {n}: choose the kind of support.</source>
            <translation>第 {n} 行：请选择支持措施类别。</translation>
        </message>
    </context>
    <context>
        <name>ReturnDocument</name>
        <message>
            <source>application to return</source>
            <translation>复学申请书</translation>
        </message>
        <message>
            <source>the hospital's recovery or diagnosis certificate</source>
            <translation>医院康复/诊断证明</translation>
        </message>
        <message>
            <source>the medical record</source>
            <translation>病历</translation>
        </message>
    </context>
    <context>
        <name>ReturnDocuments</name>
        <message>
            <source>Application to return to school and assessment</source>
            <translation>复学申请及评估表</translation>
        </message>
        <message>
            <source>Support plan after the return to school</source>
            <translation>复学学生支持方案</translation>
        </message>
        <message>
            <source>L {number}</source>
            <translation>复学 {number}</translation>
        </message>
        <message>
            <source>1. The student</source>
            <translation>一、学生基本信息</translation>
        </message>
        <message>
            <source>2. The leave</source>
            <translation>二、请假/休学情况</translation>
        </message>
        <message>
            <source>3. The application to return</source>
            <translation>三、复学申请</translation>
        </message>
        <message>
            <source>4. The return assessment meeting</source>
            <translation>四、复学评估会</translation>
        </message>
        <message>
            <source>4. The return assessment meetings ({count})</source>
            <translation>四、复学评估会（共 {count} 次）</translation>
        </message>
        <message>
            <source>Earlier meetings (superseded by the later ones)</source>
            <translation>此前的评估会（已由之后的评估会取代）</translation>
        </message>
        <message>
            <source>Meeting {n}, the latest: the decision</source>
            <translation>第 {n} 次评估会（最近一次，以此为准）</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>学生姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Guardian and phone</source>
            <translation>监护人及电话</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Reason category</source>
            <translation>原因类别</translation>
        </message>
        <message>
            <source>From</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>Expected end</source>
            <translation>预计结束日期</translation>
        </message>
        <message>
            <source>School approval</source>
            <translation>学校审批</translation>
        </message>
        <message>
            <source>Bureau approval</source>
            <translation>教育局审批</translation>
        </message>
        <message>
            <source>{day} {who}</source>
            <translation>{day} {who}</translation>
        </message>
        <message>
            <source>Applied on</source>
            <translation>申请日期</translation>
        </message>
        <message>
            <source>later than 15 days before the leave ends</source>
            <translation>晚于休学期满前15天提出</translation>
        </message>
        <message>
            <source>in time</source>
            <translation>按时提出</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>提出时间</translation>
        </message>
        <message>
            <source>Documents checked</source>
            <translation>材料核验</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参会人员</translation>
        </message>
        <message>
            <source>Conclusion</source>
            <translation>评估结论</translation>
        </message>
        <message>
            <source>Re-assessment on</source>
            <translation>再次评估日期</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>评估意见</translation>
        </message>
        <message>
            <source>Parent or guardian</source>
            <translation>家长</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>心理教师</translation>
        </message>
        <message>
            <source>Head teacher</source>
            <translation>班主任</translation>
        </message>
        <message>
            <source>School leader</source>
            <translation>分管校领导</translation>
        </message>
        <message>
            <source>Back at school on</source>
            <translation>复学日期</translation>
        </message>
        <message>
            <source>Support until</source>
            <translation>支持期至</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>支持措施</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>频次</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Call the counselor at once when the student's mood or behaviour worries you, or when the student misses school without a reason.</source>
            <translation>发现学生情绪或行为异常、无故缺勤时，请立即联系心理教师。</translation>
        </message>
        <message>
            <source>For the head teacher's work only: keep it locked away and do not tell other students or anyone not involved.</source>
            <translation>本方案仅供班主任工作使用：请妥善保管，不得告知其他学生或无关人员。</translation>
        </message>
        <message>
            <source>Received by the head teacher</source>
            <translation>班主任签收</translation>
        </message>
        <message>
            <source>Handed over by the counselor</source>
            <translation>心理教师交接</translation>
        </message>
    </context>
    <context>
        <name>ReturnMeetingDialog</name>
        <message>
            <source>Return assessment meeting: L {number}</source>
            <translation>复学评估会：{number}</translation>
        </message>
        <message>
            <source>Meetings held so far (a new meeting is added after them):</source>
            <translation>已召开的评估会（本次评估会将记在其后）：</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>参会人员：</translation>
        </message>
        <message>
            <source>counselor, head teacher, school leader, parents, doctor</source>
            <translation>心理教师、班主任、分管校领导、家长、医生</translation>
        </message>
        <message>
            <source>Conclusion:</source>
            <translation>评估结论：</translation>
        </message>
        <message>
            <source>Re-assessment on:</source>
            <translation>再次评估日期：</translation>
        </message>
        <message>
            <source>Assessment:</source>
            <translation>评估意见：</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Office head</source>
            <translation>办公室负责人</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>心理老师</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>助理</translation>
        </message>
    </context>
    <context>
        <name>Rollover</name>
        <message>
            <source>{grade} {klass} cannot move to {new_grade} as {new_klass}: that grade already has a class of this name. Rename or archive one of them first.</source>
            <translation>{grade} {klass} 无法升入 {new_grade} 成为 {new_klass}：该年级已有同名班级。请先将其中一个改名或归档。</translation>
        </message>
        <message>
            <source>A new grade {name} is needed for the classes of {grade}, but a grade of that name already exists at another level. Correct the grade names first.</source>
            <translation>{grade} 的班级需要新建年级 {name}，但已有同名年级且学段级别不同。请先更正年级名称。</translation>
        </message>
        <message>
            <source>The graduates would be kept in the grade {name}, but that grade still has classes that do not graduate. Rename that grade first.</source>
            <translation>毕业生将归入年级 {name}，但该年级中还有不毕业的班级。请先给该年级改名。</translation>
        </message>
        <message>
            <source>The register has no classes: there is nothing to roll over.</source>
            <translation>名册中没有班级，无需升级。</translation>
        </message>
        <message>
            <source>{grade} {klass} graduates, but {count} student(s) on leave or suspended are in it. They keep their status and stay in the archived class: decide for each of them (for example move them to a class of the next year).</source>
            <translation>{grade} {klass} 毕业，但班中有 {count} 名休学或停学学生。他们保持原状态，留在已归档的班级中：请逐一处理（例如调入下一届的班级）。</translation>
        </message>
        <message>
            <source>{grade} has no school grade level, so its classes stay where they are (mark them to graduate if they do).</source>
            <translation>{grade} 没有年级级别，其班级保持不变（如要毕业请勾选）。</translation>
        </message>
        <message>
            <source>{grade} has no classes after the rollover: import the roster of the new students afterwards.</source>
            <translation>升级后 {grade} 没有班级：请在升级后导入新生名册。</translation>
        </message>
        <message>
            <source>{count} class(es) show no entry year in their name (like 2022级 or 软件工程2201班): tick the ones that graduate.</source>
            <translation>有 {count} 个班级的名称中看不出入学年份（如 2022级 或 软件工程2201班）：请勾选其中毕业的班级。</translation>
        </message>
        <message>
            <source>The classes of {grade} move on to {new_grade}. If your junior graduates leave after the entrance examination (中考) and new senior classes are formed, tick them to graduate instead.</source>
            <translation>{grade} 的班级将升入 {new_grade}。如果初中毕业生参加中考后离校、高一重新编班，请改为勾选这些班级毕业。</translation>
        </message>
        <message>
            <source>Grade leaders stay with their grade ({grades}); head teachers move up with their class. If a grade leader moves up with the students, change it on the Staff page afterwards.</source>
            <translation>年级组长留在原年级（{grades}）；班主任随班升级。如果年级组长随学生一起升级，请在升级后到“教职工”页修改。</translation>
        </message>
        <message>
            <source>The school year {year} is already in the calendar; it is kept as it is.</source>
            <translation>{year} 学年已在校历中，保持不变。</translation>
        </message>
        <message>
            <source>Today is {today}, but the current school year {year} only ends on {end}. The rollover is done in the summer holiday, after the school year: done now, the top grade graduates and every class moves up in the middle of the year. Go on only if your school really moves up now.</source>
            <translation>今天是 {today}，而本学年 {year} 要到 {end} 才结束。学年升级应在学年结束后的暑假进行：现在升级，最高年级会在学年中途毕业，各班也会在学年中途升级。只有学校确实现在就要升级时才继续。</translation>
        </message>
        <message>
            <source>Today is {today}, in the middle of the school year {year} (the calendar has no dates for it; it ends in the summer). The rollover is done in the summer holiday, after the school year: done now, the top grade graduates and every class moves up in the middle of the year. Go on only if your school really moves up now.</source>
            <translation>今天是 {today}，正处于 {year} 学年中（校历中没有该学年的日期；学年在暑假前结束）。学年升级应在学年结束后的暑假进行：现在升级，最高年级会在学年中途毕业，各班也会在学年中途升级。只有学校确实现在就要升级时才继续。</translation>
        </message>
        <message>
            <source>{grade} has no school grade level, so its classes stay where they are (if they graduate, name them with --graduate: {ids}).</source>
            <translation>{grade} 没有年级级别，其班级保持不变（如要毕业，请用 --graduate 指定：{ids}）。</translation>
        </message>
        <message>
            <source>{count} class(es) show no entry year in their name (like 2022级 or 软件工程2201班): {ids}. List every class that graduates with --graduate &lt;class IDs&gt; (it replaces the default choice).</source>
            <translation>有 {count} 个班级的名称中看不出入学年份（如 2022级 或 软件工程2201班）：{ids}。请用 --graduate &lt;班级ID&gt; 列出所有毕业的班级（它会取代默认的选择）。</translation>
        </message>
        <message>
            <source>The classes of {grade} move on to {new_grade}. If your junior graduates leave after the entrance examination (中考) and new senior classes are formed, let them graduate instead: --graduate {ids}.</source>
            <translation>{grade} 的班级将升入 {new_grade}。如果初中毕业生参加中考后离校、高一重新编班，请改用 --graduate {ids} 让这些班级毕业。</translation>
        </message>
        <message>
            <source>Write the school year like 2027-2028.</source>
            <translation>学年请写成 2027-2028 的形式。</translation>
        </message>
        <message>
            <source>The register was already rolled over into the school year {year} on {day}. To do it again, restore the backup taken before it.</source>
            <translation>名册已于 {day} 升入 {year} 学年。如需重新升级，请先恢复升级前的备份。</translation>
        </message>
        <message>
            <source>The register was rolled over into {year} on {day}; the next rollover is due at the end of that school year.</source>
            <translation>名册已于 {day} 升入 {year} 学年；下一次升级应在该学年结束时进行。</translation>
        </message>
        <message>
            <source>The school year {year} is more than a year ahead of today; roll over one year at a time.</source>
            <translation>{year} 学年比今天超前一年以上；请每次只升一个学年。</translation>
        </message>
        <message>
            <source>The length of study must be 1 to 9 years.</source>
            <translation>学制年数必须在 1 到 9 年之间。</translation>
        </message>
        <message>
            <source>There is no current class with the ID {id} (the first column of --dry-run).</source>
            <translation>没有编号为 {id} 的在用班级（编号见 --dry-run 输出的第一列）。</translation>
        </message>
        <message>
            <source>The rollover has {count} blocking problem(s), so nothing was changed. See the preview.</source>
            <translation>学年升级有 {count} 个须先解决的问题，未做任何修改。请查看预览。</translation>
        </message>
        <message>
            <source>The register changed since the preview, so nothing was changed. Look at the new preview.</source>
            <translation>预览之后名册有了变化，未做任何修改。请查看新的预览。</translation>
        </message>
    </context>
    <context>
        <name>RolloverDialog</name>
        <message>
            <source>Year rollover</source>
            <translation>学年升级</translation>
        </message>
        <message>
            <source>Checking the register…</source>
            <translation>正在检查名册…</translation>
        </message>
        <message>
            <source>Every class moves up one grade and keeps its students, head teacher and mental-health monitor; the classes of the top grade graduate: their enrolled students become graduated, with the date in their status history, and the class is archived. Students on leave or suspended stay in their class.</source>
            <translation>每个班级升一个年级，学生、班主任和心理委员随班不变；最高年级的班级毕业：在读学生的状态改为已毕业（状态记录中留有日期），班级归档。休学或停学的学生留在原班。</translation>
        </message>
        <message>
            <source>Before anything changes, a backup of the whole office is taken automatically (listed on the Backup page, folder prerollover-…). To undo the rollover, the office head restores that backup on the Backup page.</source>
            <translation>在做任何修改之前，系统会自动备份整个办公室的数据（列在“备份与恢复”页，文件夹名为 prerollover-…）。如需撤销升级，由办公室主任在“备份与恢复”页恢复该备份。</translation>
        </message>
        <message>
            <source>Usual years of study (for classes named by their entry year):</source>
            <translation>学制年数（用于按入学年份命名的班级）：</translation>
        </message>
        <message>
            <source>Graduates</source>
            <translation>毕业</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>年级</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>After the rollover</source>
            <translation>升级后</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>在读</translation>
        </message>
        <message>
            <source>On leave or suspended</source>
            <translation>休学或停学</translation>
        </message>
        <message>
            <source>Back up and roll over</source>
            <translation>备份并升级</translation>
        </message>
        <message>
            <source>Year rollover into the school year {year}</source>
            <translation>学年升级：升入 {year} 学年</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>院系</translation>
        </message>
        <message>
            <source>Departments have no grades, so no class moves. Tick the classes that graduate (ticked: classes whose name shows an entry year at least the usual years of study ago); their enrolled students become graduated and the class is archived in its department. Students on leave or suspended stay in their class.</source>
            <translation>院系没有年级，班级不会移动。请勾选毕业的班级（已勾选的是名称中的入学年份距今已满学制年数的班级）；这些班级的在读学生改为已毕业，班级在本院系内归档。休学或停学的学生留在原班。</translation>
        </message>
        <message>
            <source>the school year {year} is kept as it is</source>
            <translation>{year} 学年保持不变</translation>
        </message>
        <message>
            <source>the school year {year} is created</source>
            <translation>将新建 {year} 学年</translation>
        </message>
        <message>
            <source>{promoted} class(es) move up, {classes} class(es) graduate with {students} enrolled student(s); {year_text}.</source>
            <translation>{promoted} 个班级升级，{classes} 个班级毕业（在读学生 {students} 名）；{year_text}。</translation>
        </message>
        <message>
            <source>Only the office head or a counselor can apply the rollover, because it takes a backup first.</source>
            <translation>学年升级需要先做备份，因此只有办公室主任或心理老师可以执行。</translation>
        </message>
        <message>
            <source>The top grade of the school always graduates.</source>
            <translation>学校的最高年级总是毕业。</translation>
        </message>
        <message>
            <source>one year further, stays in {grade}</source>
            <translation>升一个年级（仍在 {grade}）</translation>
        </message>
        <message>
            <source>graduates (archived)</source>
            <translation>毕业（已归档）</translation>
        </message>
        <message>
            <source>graduates, archived as {klass}</source>
            <translation>毕业，归档为 {klass}</translation>
        </message>
        <message>
            <source>stays</source>
            <translation>不变</translation>
        </message>
        <message>
            <source>Warning: {message}</source>
            <translation>警告：{message}</translation>
        </message>
        <message>
            <source>Problems to solve first (nothing can be applied while there is one):</source>
            <translation>须先解决的问题（存在问题时无法执行升级）：</translation>
        </message>
        <message>
            <source>To look at:</source>
            <translation>请留意：</translation>
        </message>
        <message>
            <source>Roll the register over into the school year {year} now? {promoted} class(es) move up and {students} student(s) graduate. A backup is taken first.</source>
            <translation>现在将名册升入 {year} 学年吗？{promoted} 个班级升级，{students} 名学生毕业。升级前会先做备份。</translation>
        </message>
        <message>
            <source>Roll over</source>
            <translation>升级</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Backing up, then rolling over…</source>
            <translation>正在备份，然后升级…</translation>
        </message>
        <message>
            <source>The register is now in the school year {year}</source>
            <translation>名册已升入 {year} 学年</translation>
        </message>
        <message>
            <source>Done: {promoted} class(es) moved up, {classes} class(es) graduated with {students} student(s), {grades} grade(s) created. The backup taken before is {folder}; to undo the rollover, the office head restores it on the Backup page.</source>
            <translation>完成：{promoted} 个班级升级，{classes} 个班级毕业（学生 {students} 名），新建 {grades} 个年级。升级前的备份是 {folder}；如需撤销，由办公室主任在“备份与恢复”页恢复该备份。</translation>
        </message>
    </context>
    <context>
        <name>RoomKind</name>
        <message>
            <source>individual room</source>
            <translation>个体辅导室</translation>
        </message>
        <message>
            <source>group room</source>
            <translation>团体辅导室</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Grade / department</source>
            <translation>年级/院系</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>监护人</translation>
        </message>
        <message>
            <source>Guardian's relation</source>
            <translation>监护人关系</translation>
        </message>
        <message>
            <source>Guardian's phone</source>
            <translation>监护人电话</translation>
        </message>
        <message>
            <source>Second guardian</source>
            <translation>第二监护人</translation>
        </message>
        <message>
            <source>Second guardian's relation</source>
            <translation>第二监护人关系</translation>
        </message>
        <message>
            <source>Second guardian's phone</source>
            <translation>第二监护人电话</translation>
        </message>
        <message>
            <source>Dorm</source>
            <translation>宿舍</translation>
        </message>
        <message>
            <source>Boarding</source>
            <translation>是否住校</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>学籍状态</translation>
        </message>
        <message>
            <source>Staff number</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>The student number is missing.</source>
            <translation>缺少学号。</translation>
        </message>
        <message>
            <source>The name is missing.</source>
            <translation>缺少姓名。</translation>
        </message>
        <message>
            <source>{column}: {reason}.</source>
            <translation>{column}：{reason}。</translation>
        </message>
        <message>
            <source>The same student number also appears in row(s) {lines}.</source>
            <translation>相同的学号还出现在第 {lines} 行。</translation>
        </message>
        <message>
            <source>{field} is missing.</source>
            <translation>缺少{field}。</translation>
        </message>
        <message>
            <source>No column of the file is used for: {field}.</source>
            <translation>文件中没有对应“{field}”的列。</translation>
        </message>
        <message>
            <source>{field} is chosen for more than one column.</source>
            <translation>“{field}”被选给了不止一列。</translation>
        </message>
        <message>
            <source>A note, signature or total line, not an entry: skipped.</source>
            <translation>这是备注、签名或合计行，不是数据行：已跳过。</translation>
        </message>
        <message>
            <source>too long (at most {max} characters)</source>
            <translation>太长（最多 {max} 个字符）</translation>
        </message>
        <message>
            <source>Same name, birth date and class as student {student_no} in the register: probably the same student with a corrected student number.</source>
            <translation>与名册中学号为 {student_no} 的学生姓名、出生日期、班级都相同：很可能是同一名学生，学号已更正。</translation>
        </message>
        <message>
            <source>Same name, birth date and class as student {student_no} in the register, whose number is also in this file: import it as a new student or skip it.</source>
            <translation>与名册中学号为 {student_no} 的学生姓名、出生日期、班级都相同，而该学号也在本文件中：请选择作为新学生导入或跳过。</translation>
        </message>
        <message>
            <source>Same name, birth date and class as students {student_no} in the register: import it as a new student or skip it.</source>
            <translation>与名册中学号为 {student_no} 的几名学生姓名、出生日期、班级都相同：请选择作为新学生导入或跳过。</translation>
        </message>
        <message>
            <source>Same name, birth date and class as student {student_no} in the register, like row(s) {lines} of this file: import it as a new student or skip it.</source>
            <translation>与名册中学号为 {student_no} 的学生姓名、出生日期、班级都相同，本文件第 {lines} 行也是如此：请选择作为新学生导入或跳过。</translation>
        </message>
        <message>
            <source>not a date (write it like 2013-05-12)</source>
            <translation>不是日期（请写成 2013-05-12 这样的格式）</translation>
        </message>
        <message>
            <source>there is no such day in the calendar</source>
            <translation>日历中没有这一天</translation>
        </message>
        <message>
            <source>the year must be between 1900 and 2100</source>
            <translation>年份须在 1900 到 2100 之间</translation>
        </message>
        <message>
            <source>not a plausible birth date for a student (in the future, or more than 80 years ago: a placeholder such as 1900-01-01?)</source>
            <translation>不是合理的学生出生日期（晚于今天或早于 80 年前；是否为 1900-01-01 这类占位值？）</translation>
        </message>
        <message>
            <source>unknown gender (use 男 or 女)</source>
            <translation>无法识别的性别（请填 男 或 女）</translation>
        </message>
        <message>
            <source>not a phone number (an 11-digit mobile number, or a landline with its area code)</source>
            <translation>不是电话号码（应为 11 位手机号，或带区号的固定电话）</translation>
        </message>
        <message>
            <source>unknown value (use 是 or 否)</source>
            <translation>无法识别的值（请填 是 或 否）</translation>
        </message>
        <message>
            <source>unknown status (use 在读, 休学, 停学, 毕业 or 转出)</source>
            <translation>无法识别的学籍状态（请填 在读、休学、停学、毕业 或 转出）</translation>
        </message>
        <message>
            <source>unknown role (use 专职心理教师, 兼职心理教师, 班主任, 年级组长, 院系负责人, 辅导员 or 校领导)</source>
            <translation>无法识别的职务（请填 专职心理教师、兼职心理教师、班主任、年级组长、院系负责人、辅导员 或 校领导）</translation>
        </message>
        <message>
            <source>Excel has shortened this number and digits are lost; format the column as text and type it again</source>
            <translation>Excel 已把这个数字缩写，部分数字已丢失；请把该列设为文本格式后重新输入</translation>
        </message>
        <message>
            <source>not a valid student number</source>
            <translation>不是有效的学号</translation>
        </message>
        <message>
            <source>the class has only a number; add a grade column or write the class like 七年级(3)班</source>
            <translation>班级只有数字；请增加年级列，或把班级写成 七年级(3)班 这样</translation>
        </message>
        <message>
            <source>the class belongs to another grade than the grade column says</source>
            <translation>班级所属年级与年级列不一致</translation>
        </message>
        <message>
            <source>This file cannot be read as a roster.</source>
            <translation>无法把此文件读作名册。</translation>
        </message>
        <message>
            <source>This is not a roster file. Use an Excel workbook (.xlsx or .xls) or a CSV file (.csv) with one row per person.</source>
            <translation>这不是名册文件。请使用每人一行的 Excel 工作簿（.xlsx 或 .xls）或 CSV 文件（.csv）。</translation>
        </message>
        <message>
            <source>This file format cannot be read. Open it in Excel or WPS, choose Save As, pick "Excel Workbook (*.xlsx)" and import the new file.</source>
            <translation>无法读取这种文件格式。请在 Excel 或 WPS 中打开，选择“另存为”，选“Excel 工作簿 (*.xlsx)”，再导入新文件。</translation>
        </message>
        <message>
            <source>The workbook is damaged or incomplete and cannot be opened. Open it in Excel or WPS, save it again as .xlsx and import that copy.</source>
            <translation>工作簿已损坏或不完整，无法打开。请在 Excel 或 WPS 中打开，重新保存为 .xlsx 后导入该副本。</translation>
        </message>
        <message>
            <source>The workbook is protected by a password. Open it in Excel, remove the password to open it (File &gt; Info &gt; Protect Workbook), save it and import it again.</source>
            <translation>工作簿设有打开密码。请在 Excel 中打开，取消打开密码（文件 &gt; 信息 &gt; 保护工作簿），保存后重新导入。</translation>
        </message>
        <message>
            <source>The file is empty: there are no rows to import.</source>
            <translation>文件是空的：没有可导入的行。</translation>
        </message>
        <message>
            <source>The sheet {sheet} is empty: there are no rows to import.</source>
            <translation>工作表 {sheet} 是空的：没有可导入的行。</translation>
        </message>
        <message>
            <source>The workbook has no sheet named {sheet}. Its sheets: {sheets}.</source>
            <translation>工作簿中没有名为 {sheet} 的工作表。工作表有：{sheets}。</translation>
        </message>
        <message>
            <source>The sheet {sheet} is too large to be a roster ({rows} rows, {columns} columns): something was typed far below or to the right of the list. In Excel press Ctrl+End to find it, delete the rows and columns outside the list, save and import again.</source>
            <translation>工作表 {sheet} 太大，不像是名册（{rows} 行，{columns} 列）：名单下方或右侧很远的地方填了内容。请在 Excel 中按 Ctrl+End 找到它，删除名单以外的行和列，保存后重新导入。</translation>
        </message>
        <message>
            <source>The text encoding of this file is not recognised. In Excel choose Save As, pick "CSV UTF-8" and import the new file.</source>
            <translation>无法识别此文件的文字编码。请在 Excel 中选择“另存为”，选“CSV UTF-8”，再导入新文件。</translation>
        </message>
        <message>
            <source>The file does not exist or has been moved.</source>
            <translation>文件不存在或已被移走。</translation>
        </message>
        <message>
            <source>The file cannot be opened: access is denied. If it is open in Excel or WPS, close it there and try again.</source>
            <translation>无法打开文件：访问被拒绝。如果它正在 Excel 或 WPS 中打开，请先关闭再试。</translation>
        </message>
        <message>
            <source>The file cannot be read ({reason}).</source>
            <translation>无法读取文件（{reason}）。</translation>
        </message>
        <message>
            <source>This is a folder, a device or a pipe, not a file. Choose the roster file itself.</source>
            <translation>这是文件夹、设备或管道，不是文件。请选择名册文件本身。</translation>
        </message>
        <message>
            <source>The file is larger than {limit} MB: too large to be a roster, so it is not read. Check that it is the right file (a roster of 30,000 students takes a few MB).</source>
            <translation>文件大于 {limit} MB，作为名册太大，未读取。请确认选对了文件（3 万名学生的名册也只有几 MB）。</translation>
        </message>
        <message>
            <source>Once opened, this workbook would take far more room than any roster (more than {limit} MB): it may be damaged or made to overload the computer, so it is not read. Open it in Excel or WPS, copy the list into a new workbook, save it as .xlsx and import that copy.</source>
            <translation>此工作簿打开后所占的空间会远超任何名册（超过 {limit} MB），可能已损坏，或是故意制作来拖垮电脑的文件，未读取。请在 Excel 或 WPS 中打开，把名单复制到新工作簿，另存为 .xlsx 后导入该副本。</translation>
        </message>
        <message>
            <source>The file has more than {max} rows, more than a roster can have, so it is not read. Check that it is the right file, or split it into smaller files.</source>
            <translation>文件超过 {max} 行，超出名册可能的行数，未读取。请确认选对了文件，或把它拆分成几个较小的文件。</translation>
        </message>
        <message>
            <source>Row {row} has more than {max} columns, more than a roster can have, so the file is not read. Delete the columns that do not belong to the list, save and import again.</source>
            <translation>第 {row} 行超过 {max} 列，超出名册可能的列数，文件未读取。请删除不属于名单的列，保存后重新导入。</translation>
        </message>
        <message>
            <source>Row {row} holds a cell of more than {max} characters, more than an Excel cell can hold: this is not a roster, so the file is not read. Check that it is the right file.</source>
            <translation>第 {row} 行有一个单元格超过 {max} 个字符，超出 Excel 单元格的容量：这不是名册，文件未读取。请确认选对了文件。</translation>
        </message>
        <message>
            <source>The file has more than {max} cells (rows times columns), more than a roster can have, so it is not read. Check that it is the right file, or split it into smaller files.</source>
            <translation>文件超过 {max} 个单元格（行数乘列数），超出名册可能的大小，未读取。请确认选对了文件，或把它拆分成几个较小的文件。</translation>
        </message>
        <message>
            <source>The file has more than {max} different values, more than an export of answer sheets can have, so it is not read. Check that it is the right file, or split it into smaller files.</source>
            <translation>文件中不同的取值超过 {max} 个，超出答卷导出文件可能有的数量，因此未读取。请确认文件是否正确，或拆分成较小的文件。</translation>
        </message>
        <message>
            <source>No header row was found: the first rows must name the columns (学号, 姓名, 班级 …).</source>
            <translation>没有找到表头行：文件开头几行中应有列名（学号、姓名、班级……）。</translation>
        </message>
        <message>
            <source>This file looks like a student roster (it has a student number column): import it as students.</source>
            <translation>这个文件看起来是学生名册（有学号列）：请按学生名册导入。</translation>
        </message>
        <message>
            <source>This file looks like a staff roster (staff numbers or roles, no student numbers): import it as staff.</source>
            <translation>这个文件看起来是教职工名册（有工号或职务，没有学号）：请按教职工名册导入。</translation>
        </message>
        <message>
            <source>this class is archived (graduated or no longer taught): restore it on the Classes page, or give the student's current class</source>
            <translation>这个班级已归档（已毕业或不再开班）：请在“班级”页恢复它，或填写学生现在的班级</translation>
        </message>
        <message>
            <source>The file has no rows below its header row: there is nobody to import.</source>
            <translation>文件的列名行下面没有数据行：没有可导入的人员。</translation>
        </message>
        <message>
            <source>No sheet of the workbook has a header row naming the columns (学号, 姓名, 班级 …). Its sheets: {sheets}.</source>
            <translation>工作簿中没有哪个工作表有列名行（学号、姓名、班级……）。工作表有：{sheets}。</translation>
        </message>
        <message>
            <source>{count} row(s) are not valid, so nothing was imported. Correct them, or import with “skip invalid rows”.</source>
            <translation>有 {count} 行无效，因此没有导入任何数据。请改正这些行，或选择“跳过无效行”再导入。</translation>
        </message>
        <message>
            <source>{count} row(s) look like students already in the register under another student number, so nothing was imported. Choose for each: import as a new student, correct the number, or skip the row.</source>
            <translation>有 {count} 行看起来是名册中已有的学生、只是学号不同，因此没有导入任何数据。请为每行选择：作为新学生导入、更正学号或跳过该行。</translation>
        </message>
        <message>
            <source>The register changed since the check (a student number was changed or taken): check the file again.</source>
            <translation>检查之后名册已有变动（某个学号被修改或已被占用）：请重新检查文件。</translation>
        </message>
        <message>
            <source>The class {klass} is not in the register (import the students first).</source>
            <translation>名册中没有班级 {klass}（请先导入学生名册）。</translation>
        </message>
        <message>
            <source>Several grades have a class {klass}: add a grade column or write the grade with the class.</source>
            <translation>多个年级都有班级 {klass}：请增加“年级”列，或在班级前写明年级。</translation>
        </message>
        <message>
            <source>The grade or department {grade} is not in the register.</source>
            <translation>名册中没有年级或院系 {grade}。</translation>
        </message>
        <message>
            <source>Several staff members in the register have this name: add a staff number (工号) column.</source>
            <translation>名册中有多位同名教职工：请增加“工号”列。</translation>
        </message>
        <message>
            <source>Row(s) {lines} give the same person (staff number, or name and phone) other details.</source>
            <translation>第 {lines} 行中的同一个人（工号相同，或姓名和电话相同）信息不一致。</translation>
        </message>
        <message>
            <source>The same class is also given to row(s) {lines}.</source>
            <translation>同一个班级也出现在第 {lines} 行。</translation>
        </message>
    </context>
    <context>
        <name>RosterExport</name>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Grade / department</source>
            <translation>年级/院系</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>院系</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Dorm</source>
            <translation>宿舍</translation>
        </message>
        <message>
            <source>Boarding</source>
            <translation>是否住校</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>学籍状态</translation>
        </message>
        <message>
            <source>Guardian name</source>
            <translation>监护人姓名</translation>
        </message>
        <message>
            <source>Guardian relation</source>
            <translation>监护人关系</translation>
        </message>
        <message>
            <source>Guardian phone</source>
            <translation>监护人电话</translation>
        </message>
        <message>
            <source>Second guardian name</source>
            <translation>第二监护人姓名</translation>
        </message>
        <message>
            <source>Second guardian relation</source>
            <translation>第二监护人关系</translation>
        </message>
        <message>
            <source>Second guardian phone</source>
            <translation>第二监护人电话</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>学生</translation>
        </message>
    </context>
    <context>
        <name>RosterImportDialog</name>
        <message>
            <source>Import the student roster</source>
            <translation>导入学生名册</translation>
        </message>
        <message>
            <source>Import the staff roster</source>
            <translation>导入教职工名册</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Staff number</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>to choose</source>
            <translation>待选择</translation>
        </message>
        <message>
            <source>new student</source>
            <translation>新学生</translation>
        </message>
        <message>
            <source>corrected number</source>
            <translation>更正学号</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Choose a roster file</source>
            <translation>选择名册文件</translation>
        </message>
        <message>
            <source>Rosters</source>
            <translation>名册</translation>
        </message>
        <message>
            <source>{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected, {skipped} skipped, {undecided} still to choose</source>
            <translation>{new} 新增，{updated} 更新，{unchanged} 未变，{rejected} 拒绝，{skipped} 跳过，{undecided} 待选择</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>… {count} in all</source>
            <translation>……共 {count} 个</translation>
        </message>
        <message>
            <source>Created these classes: {classes}.</source>
            <translation>已新建班级：{classes}。</translation>
        </message>
        <message>
            <source>The import creates these classes: {classes}.</source>
            <translation>导入将新建班级：{classes}。</translation>
        </message>
        <message>
            <source>Created these departments: {grades}; and these classes: {classes}.</source>
            <translation>已新建院系：{grades}；班级：{classes}。</translation>
        </message>
        <message>
            <source>The import creates these departments: {grades}; and these classes: {classes}.</source>
            <translation>导入将新建院系：{grades}；班级：{classes}。</translation>
        </message>
        <message>
            <source>Created these grades: {grades}; and these classes: {classes}.</source>
            <translation>已新建年级：{grades}；班级：{classes}。</translation>
        </message>
        <message>
            <source>The import creates these grades: {grades}; and these classes: {classes}.</source>
            <translation>导入将新建年级：{grades}；班级：{classes}。</translation>
        </message>
        <message>
            <source>Some rows look like students already in the register: choose for each what the import does.</source>
            <translation>有些行看起来是名册中已有的学生：请为每行选择导入方式。</translation>
        </message>
        <message>
            <source>Student numbers corrected: {renumbered}; rows skipped: {skipped}.</source>
            <translation>已更正学号 {renumbered} 人；跳过 {skipped} 行。</translation>
        </message>
    </context>
    <context>
        <name>SameStudentPanel</name>
        <message>
            <source>For all these rows:</source>
            <translation>全部设为：</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>请选择…</translation>
        </message>
        <message>
            <source>Import as new students</source>
            <translation>作为新学生导入</translation>
        </message>
        <message>
            <source>Correct the numbers in the register</source>
            <translation>更正名册中的学号</translation>
        </message>
        <message>
            <source>Skip these rows</source>
            <translation>跳过这些行</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Student number in the file</source>
            <translation>文件中的学号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>In the register</source>
            <translation>名册中的学号</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>导入方式</translation>
        </message>
        <message>
            <source>{count} row(s) have a new student number but the name, birth date and class of a student in the register (most likely a corrected number). Choose what the import does with each:</source>
            <translation>有 {count} 行的学号是新的，但姓名、出生日期、班级与名册中某名学生相同（很可能是更正过的学号）。请为每行选择导入方式：</translation>
        </message>
        <message>
            <source>Row(s) {lines} cannot take the corrected number (the table below says why): choose for them.</source>
            <translation>第 {lines} 行不能更正学号（原因见下表）：请为这些行单独选择。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>A new student</source>
            <translation>作为新学生导入</translation>
        </message>
        <message>
            <source>The student {student_no} with the corrected number</source>
            <translation>更正学号（原学号 {student_no}）</translation>
        </message>
        <message>
            <source>Skip this row</source>
            <translation>跳过此行</translation>
        </message>
    </context>
    <context>
        <name>Scales</name>
        <message>
            <source>no answer</source>
            <translation>未作答</translation>
        </message>
        <message>
            <source>not an answer of this scale (use {options})</source>
            <translation>不是本量表的选项（请填写 {options}）</translation>
        </message>
        <message>
            <source>the number and the word do not agree (the scale's answers are {options})</source>
            <translation>数字与选项文字不一致（本量表选项为 {options}）</translation>
        </message>
        <message>
            <source>the scale has no item {item}</source>
            <translation>本量表没有第 {item} 题</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>Total mean</source>
            <translation>总均分</translation>
        </message>
        <message>
            <source>Standard score</source>
            <translation>标准分</translation>
        </message>
        <message>
            <source>Positive items</source>
            <translation>阳性项目数</translation>
        </message>
        <message>
            <source>the factor scores</source>
            <translation>因子分</translation>
        </message>
        <message>
            <source>the total</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>the count of positive items</source>
            <translation>阳性项目数</translation>
        </message>
        <message>
            <source>the item answers</source>
            <translation>各题作答</translation>
        </message>
        <message>
            <source>the band</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>{measure} {value} {op} {threshold}</source>
            <translation>{measure} {value} {op} {threshold}</translation>
        </message>
        <message>
            <source>Factor {factor}: {value} {op} {threshold}</source>
            <translation>因子“{factor}”：{value} {op} {threshold}</translation>
        </message>
        <message>
            <source>Item {number}: {answer}</source>
            <translation>第 {number} 题：{answer}</translation>
        </message>
        <message>
            <source>In {band}</source>
            <translation>属于{band}</translation>
        </message>
        <message>
            <source>{scale} {value} ≥ {threshold}: the sheet is not valid, neither positive nor negative; a retest is recommended.</source>
            <translation>{scale}得分 {value} ≥ {threshold}：答卷无效，不判阳性或阴性，建议重测。</translation>
        </message>
        <message>
            <source>Key item hit: a counselor needs to review it promptly.</source>
            <translation>命中关键题目，请尽快人工复核</translation>
        </message>
        <message>
            <source>Only totals were imported: whether a key item was hit is unknown; look at the answers on the platform.</source>
            <translation>仅导入了总分，是否命中关键题目未知，请到测评平台查看作答。</translation>
        </message>
        <message>
            <source>Not enough to decide: {what} not given.</source>
            <translation>信息不足，无法判定：缺少{what}。</translation>
        </message>
        <message>
            <source>{scale} not given: whether the sheet is valid is unknown.</source>
            <translation>未提供{scale}，答卷是否有效未知。</translation>
        </message>
        <message>
            <source>Auxiliary question(s) {numbers} not answered: their rules count as not met.</source>
            <translation>附加题第 {numbers} 题未作答，相关规则按未命中处理。</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>阳性</translation>
        </message>
        <message>
            <source>Negative</source>
            <translation>阴性</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>无效</translation>
        </message>
        <message>
            <source>Undetermined</source>
            <translation>无法判定</translation>
        </message>
    </context>
    <context>
        <name>School</name>
        <message>
            <source>the class has no grade: add a grade column or write the class like 七年级(3)班</source>
            <translation>班级没有年级：请增加“年级”列，或把班级写成 七年级(3)班 这样</translation>
        </message>
        <message>
            <source>the class has no department: add a 院系 column</source>
            <translation>班级没有院系：请增加“院系”列</translation>
        </message>
        <message>
            <source>{grade} is not a grade of this kind of school (the school profile in Settings says which kind)</source>
            <translation>{grade} 不是本校这类学校的年级（学校类型见“设置”中的学校信息）</translation>
        </message>
        <message>
            <source>{grade} is not a grade name of this kind of school: write it like 七年级 or 高一 (a university or department roster needs the school type University, set in Settings)</source>
            <translation>{grade} 不是这类学校的年级名称：请写成 七年级 或 高一 这样（高校的院系名册需要在“设置”中把学校类型设为“高等学校”）</translation>
        </message>
    </context>
    <context>
        <name>SchoolPage</name>
        <message>
            <source>School profile</source>
            <translation>学校信息</translation>
        </message>
        <message>
            <source>The unit name is printed at the top of forms and minutes.</source>
            <translation>单位名称将打印在表单和会议纪要的抬头。</translation>
        </message>
        <message>
            <source>e.g. the school's mental-health education center</source>
            <translation>如：学校心理健康教育中心</translation>
        </message>
        <message>
            <source>School name:</source>
            <translation>学校名称：</translation>
        </message>
        <message>
            <source>School type:</source>
            <translation>学校类型：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <source>Unit name on forms:</source>
            <translation>表单单位名称：</translation>
        </message>
    </context>
    <context>
        <name>SchoolType</name>
        <message>
            <source>Primary school</source>
            <translation>小学</translation>
        </message>
        <message>
            <source>Middle school</source>
            <translation>初级中学</translation>
        </message>
        <message>
            <source>High school</source>
            <translation>高级中学</translation>
        </message>
        <message>
            <source>Nine-year school</source>
            <translation>九年一贯制学校</translation>
        </message>
        <message>
            <source>Complete middle school</source>
            <translation>完全中学</translation>
        </message>
        <message>
            <source>Vocational school</source>
            <translation>中等职业学校</translation>
        </message>
        <message>
            <source>University</source>
            <translation>高等学校</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>年级</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>院系</translation>
        </message>
    </context>
    <context>
        <name>Screening</name>
        <message>
            <source>Due</source>
            <translation>应测</translation>
        </message>
        <message>
            <source>Tested</source>
            <translation>已测</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>请假</translation>
        </message>
        <message>
            <source>Exempt</source>
            <translation>免测</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>阳性</translation>
        </message>
        <message>
            <source>Negative</source>
            <translation>阴性</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>无效</translation>
        </message>
        <message>
            <source>Undetermined</source>
            <translation>未定</translation>
        </message>
        <message>
            <source>New candidate on the watch list</source>
            <translation>新列入重点关注待复核</translation>
        </message>
        <message>
            <source>Linked to the open watch-list entry</source>
            <translation>已关联到在案的重点关注条目</translation>
        </message>
        <message>
            <source>No header row was found: the file needs a column 学号 (or 姓名 and 班级) and the answers to the items (1, 2 … or 第1题 …) or the totals (总分).</source>
            <translation>未找到表头行：文件需要“学号”列（或“姓名”和“班级”列），以及各题作答（1、2……或 第1题……）或总分（总分）。</translation>
        </message>
        <message>
            <source>No sheet of the workbook has a header row with 学号 (or 姓名 and 班级) and the items or the totals. Its sheets: {sheets}.</source>
            <translation>工作簿中没有一张工作表的表头含有“学号”（或“姓名”和“班级”）以及各题或总分。工作表：{sheets}。</translation>
        </message>
        <message>
            <source>{count} more cells of this row are no answers of the scale.</source>
            <translation>本行另有 {count} 个单元格不是该量表的答案。</translation>
        </message>
        <message>
            <source>The file has no rows below its header row: there are no results to import.</source>
            <translation>表头行下面没有数据：没有可导入的结果。</translation>
        </message>
        <message>
            <source>No column of the file names the student: it needs 学号, or 姓名 (with 班级).</source>
            <translation>文件中没有标明学生的列：需要“学号”列，或“姓名”列（最好同时有“班级”列）。</translation>
        </message>
        <message>
            <source>No column of the file holds answers or totals of {scale}: name the item columns (1, 2 … or 第1题 …) or the total (总分).</source>
            <translation>文件中没有 {scale} 的作答或总分列：请用 1、2……或 第1题……标明各题列，或提供“总分”列。</translation>
        </message>
        <message>
            <source>No column of the file holds the answers to item(s) {items} of {scale}.</source>
            <translation>文件中没有 {scale} 第 {items} 题的作答列。</translation>
        </message>
        <message>
            <source>not a date</source>
            <translation>不是日期</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>年级</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Date of the screening</source>
            <translation>测评日期</translation>
        </message>
        <message>
            <source>Total score</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>Positive items (SCL-90)</source>
            <translation>阳性项目数（SCL-90）</translation>
        </message>
        <message>
            <source>Lie scale (validity)</source>
            <translation>效度（测谎）</translation>
        </message>
        <message>
            <source>The student number is not in the register.</source>
            <translation>学籍中没有这个学号。</translation>
        </message>
        <message>
            <source>The name differs from the register's student with this number: check the number.</source>
            <translation>姓名与学籍中该学号的学生不一致：请核对学号。</translation>
        </message>
        <message>
            <source>No student of the register has this name (in this class).</source>
            <translation>学籍中（该班）没有这个姓名的学生。</translation>
        </message>
        <message>
            <source>{count} students of the register have this name (in this class): the file needs the 学号 column to tell them apart.</source>
            <translation>学籍中（该班）有 {count} 名同名学生：文件需要“学号”列才能区分。</translation>
        </message>
        <message>
            <source>Neither a student number nor a name.</source>
            <translation>既没有学号，也没有姓名。</translation>
        </message>
        <message>
            <source>The same student also appears in row(s) {lines}.</source>
            <translation>同一名学生还出现在第 {lines} 行。</translation>
        </message>
        <message>
            <source>The student is not in the grades or classes of this campaign ({groups}).</source>
            <translation>该学生不在本批次的测评年级或班级内（{groups}）。</translation>
        </message>
        <message>
            <source>The student has left the school (graduated or transferred).</source>
            <translation>该学生已离校（毕业或转出）。</translation>
        </message>
        <message>
            <source>The student has another result in this campaign already (taken {day}): a retest is imported into a campaign of its own.</source>
            <translation>该学生在本批次已有另一份结果（测评日期 {day}）：复测请导入单独的测评批次。</translation>
        </message>
        <message>
            <source>The date of the screening {day} is in the future.</source>
            <translation>测评日期 {day} 在今天之后。</translation>
        </message>
        <message>
            <source>{scale} is meant for {who}, not for {groups}: check that this is the scale you want.</source>
            <translation>{scale}适用于{who}，不适用于{groups}：请确认选用了正确的量表。</translation>
        </message>
        <message>
            <source>{scale} is meant for {who}, not for university students: check that this is the scale you want.</source>
            <translation>{scale}适用于{who}，不适用于大学生：请确认选用了正确的量表。</translation>
        </message>
        <message>
            <source>{scale} is meant for age {age} and older: {count} of the students are younger on {day}.</source>
            <translation>{scale}适用于 {age} 岁及以上：{day} 时有 {count} 名学生未满这一年龄。</translation>
        </message>
        <message>
            <source>en</source>
            <translation>zh_CN</translation>
        </message>
    </context>
    <context>
        <name>ScreeningCandidate</name>
        <message>
            <source>Screening {campaign} ({scale}): key item {items} hit. A counselor needs to review it promptly.</source>
            <translation>心理测评“{campaign}”（{scale}）：命中关键题目（第 {items} 题），请尽快人工复核。</translation>
        </message>
        <message>
            <source>Screening {campaign} ({scale}): positive screen (total {total}{band}). A counselor needs to review it.</source>
            <translation>心理测评“{campaign}”（{scale}）：筛查阳性（总分 {total}{band}），请人工复核。</translation>
        </message>
        <message>
            <source>Screening {campaign} ({scale}): positive screen. A counselor needs to review it.</source>
            <translation>心理测评“{campaign}”（{scale}）：筛查阳性，请人工复核。</translation>
        </message>
        <message>
            <source>, {band}</source>
            <translation>，{band}</translation>
        </message>
    </context>
    <context>
        <name>ScreeningCorrection</name>
        <message>
            <source>The screening sheet this entry was opened for was corrected ({reason}); it was not this student's result.</source>
            <translation>为之建立此条关注的测评答卷已更正（{reason}），它不是该学生的结果。</translation>
        </message>
        <message>
            <source>The campaign was rescored with version {version} of {scale} ({reason}); the sheet this entry was opened for is no longer a candidate.</source>
            <translation>本次测评已按{scale}第 {version} 版重新计分（{reason}），为之建立此条关注的答卷不再是筛查候选。</translation>
        </message>
    </context>
    <context>
        <name>ScreeningImportDialog</name>
        <message>
            <source>Import screening results</source>
            <translation>导入测评结果</translation>
        </message>
        <message>
            <source>An existing campaign, or the name of a new one</source>
            <translation>选择已有测评，或输入新测评的名称</translation>
        </message>
        <message>
            <source>The day of the screening for files without a date column (a date column such as 提交时间 wins).</source>
            <translation>文件没有日期列时使用的测评日期（文件中有“提交时间”等日期列时以文件为准）。</translation>
        </message>
        <message>
            <source>Campaign:</source>
            <translation>测评：</translation>
        </message>
        <message>
            <source>Scale:</source>
            <translation>量表：</translation>
        </message>
        <message>
            <source>Taken on:</source>
            <translation>测评日期：</translation>
        </message>
        <message>
            <source>Choose the campaign the results belong to, or type the name of a new one.</source>
            <translation>请选择这些结果所属的测评，或输入新测评的名称。</translation>
        </message>
        <message>
            <source>A new campaign: it is created on import, screening the grades of the file's students.</source>
            <translation>新测评：导入时创建，测评范围为文件中学生所在的年级。</translation>
        </message>
        <message>
            <source>The campaign screens with {scale}.</source>
            <translation>本测评使用量表 {scale}。</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>文件：{name}</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>筛查结果</translation>
        </message>
        <message>
            <source>Key items</source>
            <translation>关键题</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Choose a results file</source>
            <translation>选择测评结果文件</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>测评结果</translation>
        </message>
        <message>
            <source>{new} new, {unchanged} unchanged, {rejected} rejected · {positives} positive, {key} hit a key item</source>
            <translation>新增 {new} 份，未变 {unchanged} 份，无效 {rejected} 行 · 阳性 {positives} 份，答中关键题 {key} 份</translation>
        </message>
        <message>
            <source>Rejected rows {lines} hit a key item: correct them and import them too, or review those students at once.</source>
            <translation>无效行 {lines} 答中了关键题：请改正后一并导入，或立即复核这些学生。</translation>
        </message>
        <message>
            <source>Imported: {new} new, {unchanged} unchanged, {rejected} rejected; {positives} positive, {key} hit a key item.</source>
            <translation>已导入：新增 {new} 份，未变 {unchanged} 份，无效 {rejected} 行；阳性 {positives} 份，答中关键题 {key} 份。</translation>
        </message>
        <message>
            <source>Candidates on the watch list: {count} ({urgent} urgent).</source>
            <translation>列入重点关注的候选学生：{count} 名（紧急 {urgent} 名）。</translation>
        </message>
        <message>
            <source>{count} could not be put on the watch list.</source>
            <translation>{count} 名未能列入重点关注。</translation>
        </message>
    </context>
    <context>
        <name>ScreeningPage</name>
        <message>
            <source>Import results…</source>
            <translation>导入测评结果…</translation>
        </message>
        <message>
            <source>Import the results file a screening platform exported (xlsx, xls or csv).</source>
            <translation>导入测评平台导出的结果文件（xlsx、xls 或 csv）。</translation>
        </message>
        <message>
            <source>New campaign…</source>
            <translation>新建测评…</translation>
        </message>
        <message>
            <source>View results</source>
            <translation>查看结果</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>测评名称</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>量表</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>学年</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应测</translation>
        </message>
        <message>
            <source>Students to screen (absent and exempt students not counted).</source>
            <translation>应参加测评的学生（请假、免测的学生不计）。</translation>
        </message>
        <message>
            <source>Tested</source>
            <translation>已测</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>完成率</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>阳性</translation>
        </message>
        <message>
            <source>Key items</source>
            <translation>关键题</translation>
        </message>
        <message>
            <source>Sheets that hit a key item (e.g. thoughts of self-harm): reviewed first.</source>
            <translation>答中关键题（如自伤念头）的答卷：优先复核。</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>待复核</translation>
        </message>
        <message>
            <source>Candidates on the watch list still waiting for a counselor's review.</source>
            <translation>已列入重点关注、仍待心理老师复核的候选学生。</translation>
        </message>
        <message>
            <source>Double-click a campaign (or press Enter) to see its results.</source>
            <translation>双击某项测评（或按回车）查看结果。</translation>
        </message>
        <message>
            <source>{shown} campaigns shown · {total} in all</source>
            <translation>显示 {shown} 项测评 · 共 {total} 项</translation>
        </message>
        <message>
            <source>Loading the campaigns…</source>
            <translation>正在加载测评…</translation>
        </message>
    </context>
    <context>
        <name>ScreeningSection</name>
        <message>
            <source>Campaign</source>
            <translation>测评</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>学年</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>量表</translation>
        </message>
        <message>
            <source>Taken on</source>
            <translation>测评日期</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>筛查结果</translation>
        </message>
        <message>
            <source>Key items</source>
            <translation>关键题</translation>
        </message>
        <message>
            <source>View answers…</source>
            <translation>查看作答…</translation>
        </message>
        <message>
            <source>Totals per campaign (orange: positive)</source>
            <translation>历次测评总分（橙色：阳性）</translation>
        </message>
        <message>
            <source>No screening result of this student is recorded.</source>
            <translation>该学生尚无心理测评结果。</translation>
        </message>
    </context>
    <context>
        <name>ScreeningSummary</name>
        <message>
            <source>Screening campaign summary</source>
            <translation>心理测评汇总报告</translation>
        </message>
        <message>
            <source>Screening campaign summary (de-identified, for the school leaders)</source>
            <translation>心理测评汇总报告（去标识，校领导版）</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>测评</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>量表</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>学年</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>制表时间</translation>
        </message>
        <message>
            <source>In all</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>{tested} of {due} tested ({coverage}); {positives} positive ({positive_rate}); {key_hits} hit a key item</source>
            <translation>应测 {due} 人，已测 {tested} 人（{coverage}）；阳性 {positives} 份（{positive_rate}）；命中关键题目 {key_hits} 份</translation>
        </message>
        <message>
            <source>A screening is not a diagnosis: a positive screen or a key-item hit means that a counselor reviews the student in person, nothing more.</source>
            <translation>心理测评筛查不是诊断：筛查阳性或命中关键题目，只表示需要心理教师当面复核。</translation>
        </message>
        <message>
            <source>De-identified: no names, no student numbers, no answers. Every count from 1 to 4 is shown as &lt;5, and a rate built on such a count is shown as —.</source>
            <translation>本报告已去标识：不含姓名、学号和作答。人数为 1–4 的格子显示为“&lt;5”，以这类人数计算的比率显示为“—”。</translation>
        </message>
        <message>
            <source>1. Coverage and positive screens by grade and class</source>
            <translation>一、各年级、班级的完成情况与筛查阳性</translation>
        </message>
        <message>
            <source>Coverage = tested / due (absent and exempt students are not due); positive rate = positive sheets / sheets; by the grade and class each student was in when the campaign began.</source>
            <translation>完成率 = 已测 / 应测（请假、免测的学生不计入应测）；阳性率 = 阳性份数 / 测评份数；按测评开始时学生所在的年级和班级统计。</translation>
        </message>
        <message>
            <source>Grade or class</source>
            <translation>年级或班级</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应测</translation>
        </message>
        <message>
            <source>Tested</source>
            <translation>已测</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>请假</translation>
        </message>
        <message>
            <source>Exempt</source>
            <translation>免测</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>完成率</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>阳性</translation>
        </message>
        <message>
            <source>Positive rate</source>
            <translation>阳性率</translation>
        </message>
        <message>
            <source>Key items</source>
            <translation>关键题</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>无效</translation>
        </message>
        <message>
            <source>The campaign has no students to screen.</source>
            <translation>本次测评没有应测学生。</translation>
        </message>
        <message>
            <source>Coverage and positive rate by grade (%)</source>
            <translation>各年级完成率与阳性率（%）</translation>
        </message>
        <message>
            <source>2. Bands of the total</source>
            <translation>二、总分等级分布</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Sheets</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>The scale has no bands of the total.</source>
            <translation>该量表没有总分等级。</translation>
        </message>
        <message>
            <source>Share of the sheets by band of the total (%)</source>
            <translation>各总分等级所占比例（%）</translation>
        </message>
        <message>
            <source>{band}: {count}</source>
            <translation>{band}：{count}</translation>
        </message>
        <message>
            <source>3. Factors</source>
            <translation>三、各因子</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>因子</translation>
        </message>
        <message>
            <source>Mean score</source>
            <translation>平均分</translation>
        </message>
        <message>
            <source>Sheets by band</source>
            <translation>各等级份数</translation>
        </message>
        <message>
            <source>(the scale gives this factor no bands)</source>
            <translation>（该量表未给此因子划分等级）</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>The scale has no factors.</source>
            <translation>该量表没有因子。</translation>
        </message>
        <message>
            <source>4. Candidates and what became of them</source>
            <translation>四、筛查候选及处理情况</translation>
        </message>
        <message>
            <source>Every positive screen and every key-item hit goes to the watch list as 'to review'; a counselor interviews the student and decides.</source>
            <translation>每份筛查阳性和每份命中关键题目的结果都以“待复核”列入关注名单，由心理教师约谈学生后决定。</translation>
        </message>
        <message>
            <source>What became of them</source>
            <translation>处理情况</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>The campaign has no candidates.</source>
            <translation>本次测评没有候选学生。</translation>
        </message>
        <message>
            <source>5. The candidates (key-item hits first)</source>
            <translation>五、候选名单（命中关键题目者在前）</translation>
        </message>
        <message>
            <source>Student no.</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>筛查结果</translation>
        </message>
        <message>
            <source>en</source>
            <translation>zh_CN</translation>
        </message>
        <message>
            <source>Not on the watch list yet</source>
            <translation>尚未列入关注名单</translation>
        </message>
        <message>
            <source>Waiting for the review (interview)</source>
            <translation>待复核（待约谈）</translation>
        </message>
        <message>
            <source>Interviewed: on the watch list</source>
            <translation>已复核，纳入关注</translation>
        </message>
        <message>
            <source>Interviewed: not needed</source>
            <translation>已复核，无需关注</translation>
        </message>
        <message>
            <source>Watch-list entry closed since</source>
            <translation>关注已结束</translation>
        </message>
    </context>
    <context>
        <name>ScreeningWords</name>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Student work</source>
            <translation>学生工作</translation>
        </message>
        <message>
            <source>Meetings and referrals</source>
            <translation>会议与转介</translation>
        </message>
        <message>
            <source>Appointments and duty</source>
            <translation>预约与值班</translation>
        </message>
        <message>
            <source>Register and calendar</source>
            <translation>名册与校历</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>办公室</translation>
        </message>
    </context>
    <context>
        <name>SeriesInterval</name>
        <message>
            <source>every week</source>
            <translation>每周</translation>
        </message>
        <message>
            <source>every two weeks</source>
            <translation>每两周</translation>
        </message>
    </context>
    <context>
        <name>SeriesScope</name>
        <message>
            <source>only this one</source>
            <translation>仅此一次</translation>
        </message>
        <message>
            <source>this and the following</source>
            <translation>此次及以后</translation>
        </message>
        <message>
            <source>all of the series</source>
            <translation>全部</translation>
        </message>
    </context>
    <context>
        <name>SessionRecord</name>
        <message>
            <source>online</source>
            <translation>线上</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>My account</source>
            <translation>我的账号</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>办公室</translation>
        </message>
        <message>
            <source>Policy thresholds</source>
            <translation>政策指标</translation>
        </message>
        <message>
            <source>Watch list</source>
            <translation>重点关注</translation>
        </message>
        <message>
            <source>Referrals and crises</source>
            <translation>转介与危机</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Change my password</source>
            <translation>修改我的密码</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>当前密码：</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
        <message>
            <source>Repeat new password:</source>
            <translation>再次输入新密码：</translation>
        </message>
        <message>
            <source>My old password may be known to someone: revoke it</source>
            <translation>旧密码可能已被他人知道：吊销旧密码</translation>
        </message>
        <message>
            <source>The office is re-keyed at once, so the old password opens nothing any more, not even with the key-slot file of an old backup.</source>
            <translation>将立即更换办公室密钥，旧密码再也打不开任何内容，即使配合旧备份中的密钥槽文件也不行。</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>Enter your current password.</source>
            <translation>请输入当前密码。</translation>
        </message>
        <message>
            <source>Enter the new password.</source>
            <translation>请输入新密码。</translation>
        </message>
        <message>
            <source>Enter the new password a second time.</source>
            <translation>请再次输入新密码。</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
        <message>
            <source>The current password is wrong. After {remaining} more wrong attempt(s) this login is locked for 15 minutes.</source>
            <translation>当前密码错误。再错 {remaining} 次，此登录名将被锁定 15 分钟。</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Your password was changed and the old one revoked: the office was re-keyed.</source>
            <translation>密码已修改，旧密码已吊销：办公室密钥已更换。</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>您的密码已修改。</translation>
        </message>
        <message>
            <source>School profile</source>
            <translation>学校信息</translation>
        </message>
        <message>
            <source>School name:</source>
            <translation>学校名称：</translation>
        </message>
        <message>
            <source>School type:</source>
            <translation>学校类型：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <source>Unit name on forms:</source>
            <translation>表单单位名称：</translation>
        </message>
        <message>
            <source>Save school profile</source>
            <translation>保存学校信息</translation>
        </message>
        <message>
            <source>Idle lock</source>
            <translation>空闲锁定</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Lock the office after this long without use:</source>
            <translation>无操作多长时间后自动锁定：</translation>
        </message>
        <message>
            <source>Font for printed documents</source>
            <translation>打印文档字体</translation>
        </message>
        <message>
            <source>Choose a font file…</source>
            <translation>选择字体文件…</translation>
        </message>
        <message>
            <source>Find automatically</source>
            <translation>自动查找</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>Choose a TrueType font</source>
            <translation>选择 TrueType 字体</translation>
        </message>
        <message>
            <source>TrueType fonts (*.ttf *.ttc)</source>
            <translation>TrueType 字体 (*.ttf *.ttc)</translation>
        </message>
        <message>
            <source>{threshold} ({clause})</source>
            <translation>{threshold}（{clause}）</translation>
        </message>
        <message>
            <source>Policy profile:</source>
            <translation>政策方案：</translation>
        </message>
        <message>
            <source>Apply the profile</source>
            <translation>应用方案</translation>
        </message>
        <message>
            <source>Load a profile file…</source>
            <translation>从文件载入方案…</translation>
        </message>
        <message>
            <source>Policy profile</source>
            <translation>政策方案</translation>
        </message>
        <message>
            <source>Policy profiles (*.json)</source>
            <translation>政策方案（*.json）</translation>
        </message>
        <message>
            <source>Risk levels</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <source>Each entry of the watch list has a level: its colour on the lists, the days between reviews (the next review date after each follow-up) and whether an entry at that level may be closed or must be lowered first.</source>
            <translation>重点关注清单的每个条目都有一个风险等级。等级决定条目在清单中的颜色、回访间隔天数（每次回访后据此推算下次回访日期），以及该等级的条目能否直接关闭、还是须先下调等级。</translation>
        </message>
        <message>
            <source>Change the levels…</source>
            <translation>修改风险等级…</translation>
        </message>
        <message>
            <source>{name}: a review every {days} days</source>
            <translation>{name}：每 {days} 天回访一次</translation>
        </message>
        <message>
            <source> · lowered before it is closed</source>
            <translation>，关闭前须先下调等级</translation>
        </message>
        <message>
            <source>Documents are printed with the font file {font}.</source>
            <translation>打印文档使用字体文件 {font}。</translation>
        </message>
        <message>
            <source>Save thresholds</source>
            <translation>保存指标</translation>
        </message>
        <message>
            <source>Every number set by the Anhui Province measures for student mental-health work (2023) becomes a setting here, with the 2023 value as default, once the part of the app that uses it exists. Change one when a newer notice asks for more (a 2025 national notice, for example, asks for two family guidance activities per semester).</source>
            <translation>安徽省《全面加强和改进新时代学生心理健康工作的若干举措》（2023 年）规定的各项数值，在用到它的功能上线后即可在此设置，默认取 2023 年的要求。如有新文件提出更高要求，请相应修改（例如 2025 年的国家通知要求每学期至少开展两次家庭教育指导活动）。</translation>
        </message>
        <message>
            <source>Used by parts still to come</source>
            <translation>待后续功能使用的指标</translation>
        </message>
        <message>
            <source>Restore the 2023 defaults</source>
            <translation>恢复 2023 年默认值</translation>
        </message>
        <message>
            <source>No part of the app uses a threshold yet, so there is nothing to change here now. Each becomes changeable when the part that uses it arrives.</source>
            <translation>目前还没有功能用到这些指标，这里暂时没有可修改的项；相应功能上线后，其指标即可在此修改。</translation>
        </message>
        <message>
            <source>{value} · used by {feature}, coming</source>
            <translation>{value} · 用于{feature}（即将推出）</translation>
        </message>
        <message>
            <source>No usable Chinese font was found: documents cannot be printed until you choose a TrueType font file.</source>
            <translation>未找到可用的中文字体：选择 TrueType 字体文件之前无法打印文档。</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Appointment set-up</source>
            <translation>预约设置</translation>
        </message>
        <message>
            <source>Counselor:</source>
            <translation>心理老师：</translation>
        </message>
        <message>
            <source>e.g. 08:00-12:00;14:00-17:30 (empty: not available)</source>
            <translation>如 08:00-12:00;14:00-17:30（留空：不可预约）</translation>
        </message>
        <message>
            <source>No hours at all: the counselor may be booked at any time.</source>
            <translation>一个时段也不填：任何时间都可以预约。</translation>
        </message>
        <message>
            <source>Save the hours</source>
            <translation>保存可预约时段</translation>
        </message>
        <message>
            <source>Available hours</source>
            <translation>可预约时段</translation>
        </message>
        <message>
            <source>Name of a new room</source>
            <translation>新辅导室名称</translation>
        </message>
        <message>
            <source>Add the room</source>
            <translation>添加辅导室</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>辅导室</translation>
        </message>
        <message>
            <source>Save the rules</source>
            <translation>保存规则</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>预约规则</translation>
        </message>
        <message>
            <source>Blocked times</source>
            <translation>不可预约时间</translation>
        </message>
        <message>
            <source>Class periods</source>
            <translation>上课时间</translation>
        </message>
        <message>
            <source>{name} · {kind} · {capacity} people</source>
            <translation>{name} · {kind} · 容纳 {capacity} 人</translation>
        </message>
        <message>
            <source>not in use</source>
            <translation>已停用</translation>
        </message>
    </context>
    <context>
        <name>SetupTab</name>
        <message>
            <source>Duty list…</source>
            <translation>值班名单…</translation>
        </message>
        <message>
            <source>Copy from another semester…</source>
            <translation>复制其他学期的设置…</translation>
        </message>
        <message>
            <source>Import unavailability…</source>
            <translation>导入不可值班安排…</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>值班岗位</translation>
        </message>
        <message>
            <source>New post…</source>
            <translation>新建岗位…</translation>
        </message>
        <message>
            <source>Suggested posts</source>
            <translation>添加常用岗位</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <source>Make-up workday</source>
            <translation>调休上班日</translation>
        </message>
        <message>
            <source>Timetable</source>
            <translation>按课表</translation>
        </message>
        <message>
            <source>not chosen</source>
            <translation>未指定</translation>
        </message>
        <message>
            <source>Make-up workdays</source>
            <translation>调休上班日</translation>
        </message>
        <message>
            <source>Timetable…</source>
            <translation>指定课表…</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>时段</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Who may take it</source>
            <translation>可值班人员</translation>
        </message>
        <message>
            <source>Shifts of a week</source>
            <translation>每周班次</translation>
        </message>
        <message>
            <source>New shift…</source>
            <translation>新建班次…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Cannot take duty</source>
            <translation>不可值班</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>anyone on the duty list</source>
            <translation>值班名单上的任何人</translation>
        </message>
        <message>
            <source>On the duty list ({count}): {names}</source>
            <translation>值班名单（{count} 人）：{names}</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>暂无</translation>
        </message>
        <message>
            <source>Remove the shift</source>
            <translation>删除班次</translation>
        </message>
        <message>
            <source>Remove the shift {period} {times} of {post} on {weekday}? Its coming duties are removed too; past duties stay.</source>
            <translation>删除{post}{weekday}的班次“{period} {times}”？该班次今后的值班也将删除，以往的值班保留。</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Set up the counseling office — {app}</source>
            <translation>创建心理辅导室 — {app}</translation>
        </message>
        <message>
            <source>Creating the encrypted office…</source>
            <translation>正在创建加密的办公室数据…</translation>
        </message>
        <message>
            <source>Creating the demo office…</source>
            <translation>正在创建演示办公室…</translation>
        </message>
        <message>
            <source>Demo office</source>
            <translation>演示办公室</translation>
        </message>
        <message>
            <source>A demo office with invented students was created. Logins: {logins}; password: {password}.</source>
            <translation>已创建含虚构学生的演示办公室。登录名：{logins}；密码：{password}。</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>恢复密钥</translation>
        </message>
        <message>
            <source>The office exists already. Leave without confirming the recovery key? You can still log in, but make sure the key is written down.</source>
            <translation>办公室已经创建。确定不确认恢复密钥就离开吗？之后仍可登录，但请务必确认密钥已记下。</translation>
        </message>
    </context>
    <context>
        <name>SeverityDialog</name>
        <message>
            <source>Change the class of the case</source>
            <translation>调整类别</translation>
        </message>
        <message>
            <source>Class:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>Mild cases: education and counseling. Severe cases: the severe-case file, an individual plan, paired responsible staff, medication as the family reports it, peer care.</source>
            <translation>轻症：以教育和心理辅导为主。重症：建立重症档案，一人一策，结对包保，了解家庭告知的用药情况，同伴关爱。</translation>
        </message>
    </context>
    <context>
        <name>StaffEditDialog</name>
        <message>
            <source>New staff member</source>
            <translation>新增教职工</translation>
        </message>
        <message>
            <source>Edit staff member</source>
            <translation>编辑教职工信息</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Staff number:</source>
            <translation>工号：</translation>
        </message>
        <message>
            <source>Gender:</source>
            <translation>性别：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Classes led (instructor)</source>
            <translation>所带班级（辅导员）</translation>
        </message>
        <message>
            <source>Classes led (head teacher)</source>
            <translation>所带班级（班主任）</translation>
        </message>
        <message>
            <source>Departments led (department head)</source>
            <translation>负责的院系（院系负责人）</translation>
        </message>
        <message>
            <source>Grades led (grade leader)</source>
            <translation>负责的年级（年级组长）</translation>
        </message>
        <message>
            <source>{item} (now {name})</source>
            <translation>{item}（现为 {name}）</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>New staff member…</source>
            <translation>新增教职工…</translation>
        </message>
        <message>
            <source>Import staff roster…</source>
            <translation>导入教职工名册…</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>标记离职</translation>
        </message>
        <message>
            <source>Name, staff number or pinyin initials</source>
            <translation>姓名、工号或拼音首字母</translation>
        </message>
        <message>
            <source>Show staff who left</source>
            <translation>显示已离职人员</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>{name} (left)</source>
            <translation>{name}（已离职）</translation>
        </message>
        <message>
            <source>Staff number</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Double-click a staff member to edit. Click a column header to sort.</source>
            <translation>双击教职工进行编辑；点击列标题排序。</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账户</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>负责</translation>
        </message>
        <message>
            <source>{shown} of {total} staff members</source>
            <translation>显示 {shown} 人，共 {total} 人</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>恢复在职</translation>
        </message>
        <message>
            <source>{name} left the school? The record is kept for the history; the classes this person leads lose their instructor.</source>
            <translation>{name} 已离开学校？记录会保留以备查；此人所带班级将没有辅导员。</translation>
        </message>
        <message>
            <source>{name} left the school? The record is kept for the history; the classes this person leads lose their head teacher.</source>
            <translation>{name} 已离开学校？记录会保留以备查；此人所带班级将没有班主任。</translation>
        </message>
    </context>
    <context>
        <name>StaffRole</name>
        <message>
            <source>full-time counselor</source>
            <translation>专职心理教师</translation>
        </message>
        <message>
            <source>part-time counselor</source>
            <translation>兼职心理教师</translation>
        </message>
        <message>
            <source>head teacher</source>
            <translation>班主任</translation>
        </message>
        <message>
            <source>grade leader</source>
            <translation>年级组长</translation>
        </message>
        <message>
            <source>department head</source>
            <translation>院系负责人</translation>
        </message>
        <message>
            <source>student affairs instructor</source>
            <translation>辅导员</translation>
        </message>
        <message>
            <source>school leader</source>
            <translation>校领导</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>The recovery key has not been confirmed. If it was noted wrongly and every password is forgotten, the office's records cannot be opened again. Type the key back from the sealed sheet to confirm it.</source>
            <translation>恢复密钥尚未确认。如果密钥抄错了，而所有密码又都遗忘，办公室的记录将再也无法打开。请对照密封保存的恢复密钥页输入一遍，以确认密钥无误。</translation>
        </message>
        <message>
            <source>Confirm the recovery key…</source>
            <translation>确认恢复密钥…</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>学年</translation>
        </message>
        <message>
            <source>Last backup</source>
            <translation>最近备份</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>today: {holiday}</source>
            <translation>今天：{holiday}</translation>
        </message>
        <message>
            <source>today: day off</source>
            <translation>今天：放假</translation>
        </message>
        <message>
            <source>today: make-up workday</source>
            <translation>今天：调休补班</translation>
        </message>
        <message>
            <source>today: weekend</source>
            <translation>今天：周末</translation>
        </message>
        <message>
            <source>Ask the office head to make a backup.</source>
            <translation>请办公室负责人进行备份。</translation>
        </message>
        <message>
            <source>{days} day(s) ago — ask the office head to make a backup.</source>
            <translation>{days} 天前——请办公室负责人进行备份。</translation>
        </message>
        <message>
            <source>Hello, {name} ({role}). Today is {date}.</source>
            <translation>您好，{name}（{role}）。今天是 {date}。</translation>
        </message>
        <message>
            <source>Semester {semester}, week {week}</source>
            <translation>第 {semester} 学期 第 {week} 周</translation>
        </message>
        <message>
            <source>Between semesters</source>
            <translation>假期中</translation>
        </message>
        <message>
            <source>Holidays of {years} not entered yet (School calendar page).</source>
            <translation>{years} 年的放假安排尚未录入（见“校历”页）。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>{name} school year</source>
            <translation>{name} 学年</translation>
        </message>
        <message>
            <source>Not set up</source>
            <translation>尚未设置</translation>
        </message>
        <message>
            <source>No school year covers today.</source>
            <translation>没有包含今天的学年。</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>尚无备份</translation>
        </message>
        <message>
            <source>Make a backup now (Ctrl+B).</source>
            <translation>请立即备份（Ctrl+B）。</translation>
        </message>
        <message>
            <source>{minutes} minute(s) ago</source>
            <translation>{minutes} 分钟前</translation>
        </message>
        <message>
            <source>{hours} hour(s) ago</source>
            <translation>{hours} 小时前</translation>
        </message>
        <message>
            <source>{days} day(s) ago — make a backup now (Ctrl+B).</source>
            <translation>{days} 天前——请立即备份（Ctrl+B）。</translation>
        </message>
        <message>
            <source>{rows} entries, chain verified.</source>
            <translation>共 {rows} 条，审计链已校验。</translation>
        </message>
        <message>
            <source>Intact</source>
            <translation>完整</translation>
        </message>
        <message>
            <source>NOT CONFIRMED</source>
            <translation>未通过确认</translation>
        </message>
        <message>
            <source>BROKEN</source>
            <translation>已断链</translation>
        </message>
        <message>
            <source>The chain breaks at entry {row}. Restore a backup and investigate.</source>
            <translation>审计链在第 {row} 条处断开。请恢复备份并调查原因。</translation>
        </message>
    </context>
    <context>
        <name>StateDialog</name>
        <message>
            <source>Change the state</source>
            <translation>变更状态</translation>
        </message>
        <message>
            <source>From “{old}” to “{new}”.</source>
            <translation>由“{old}”转为“{new}”。</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>可不填</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Change status</source>
            <translation>变更学籍状态</translation>
        </message>
        <message>
            <source>e.g. sick leave approved on 2026-11-20</source>
            <translation>如：2026-11-20 批准因病休学</translation>
        </message>
        <message>
            <source>New status:</source>
            <translation>新状态：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>Give a reason for the change.</source>
            <translation>请填写变更原因。</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <source>Record a step of C {number}</source>
            <translation>记录危机 {number} 的处置步骤</translation>
        </message>
        <message>
            <source>Step:</source>
            <translation>步骤：</translation>
        </message>
        <message>
            <source>Parents reached</source>
            <translation>已联系上家长</translation>
        </message>
        <message>
            <source>Parents called, not reached</source>
            <translation>联系家长未接通</translation>
        </message>
        <message>
            <source>Whose parents:</source>
            <translation>学生家长：</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>方式：</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>时间：</translation>
        </message>
        <message>
            <source>By:</source>
            <translation>负责人：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>情况说明：</translation>
        </message>
    </context>
    <context>
        <name>StudentEditDialog</name>
        <message>
            <source>New student</source>
            <translation>新增学生</translation>
        </message>
        <message>
            <source>Edit student</source>
            <translation>编辑学生信息</translation>
        </message>
        <message>
            <source>e.g. 2013-05-12</source>
            <translation>例如 2013-05-12</translation>
        </message>
        <message>
            <source>— no class —</source>
            <translation>— 未分班 —</translation>
        </message>
        <message>
            <source>Boards at school</source>
            <translation>住校</translation>
        </message>
        <message>
            <source>Mental-health monitor of the class</source>
            <translation>担任班级心理委员</translation>
        </message>
        <message>
            <source>Student number:</source>
            <translation>学号：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Gender:</source>
            <translation>性别：</translation>
        </message>
        <message>
            <source>Birth date:</source>
            <translation>出生日期：</translation>
        </message>
        <message>
            <source>Class:</source>
            <translation>班级：</translation>
        </message>
        <message>
            <source>Dorm:</source>
            <translation>宿舍：</translation>
        </message>
        <message>
            <source>e.g. Building 3, room 215</source>
            <translation>例如 3号楼-215</translation>
        </message>
        <message>
            <source>Guardians</source>
            <translation>监护人</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>e.g. mother</source>
            <translation>例如 母亲</translation>
        </message>
        <message>
            <source>{klass} (archived)</source>
            <translation>{klass}（已归档）</translation>
        </message>
        <message>
            <source>The birth date cannot be read. Write it like 2013-05-12.</source>
            <translation>无法识别出生日期，请按 2013-05-12 的格式填写。</translation>
        </message>
    </context>
    <context>
        <name>StudentPicker</name>
        <message>
            <source>Choose a student</source>
            <translation>选择学生</translation>
        </message>
        <message>
            <source>Student number, name or pinyin initials (e.g. zsm)</source>
            <translation>学号、姓名或拼音首字母（如 zsm）</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>学籍状态</translation>
        </message>
        <message>
            <source>Loading the register…</source>
            <translation>正在载入学生名册…</translation>
        </message>
        <message>
            <source>The register holds no student.</source>
            <translation>名册中还没有学生。</translation>
        </message>
        <message>
            <source>{count} students found; the first 500 are listed, type more to narrow the list.</source>
            <translation>找到 {count} 名学生，仅列出前 500 名；请输入更多内容缩小范围。</translation>
        </message>
        <message>
            <source>{count} students found.</source>
            <translation>找到 {count} 名学生。</translation>
        </message>
        <message>
            <source>No student in school matches.</source>
            <translation>没有符合的在校学生。</translation>
        </message>
    </context>
    <context>
        <name>StudentProfile</name>
        <message>
            <source>Student profile</source>
            <translation>学生档案</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Change status…</source>
            <translation>变更学籍状态…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>no class</source>
            <translation>未分班</translation>
        </message>
    </context>
    <context>
        <name>StudentStatus</name>
        <message>
            <source>enrolled</source>
            <translation>在读</translation>
        </message>
        <message>
            <source>on leave</source>
            <translation>休学</translation>
        </message>
        <message>
            <source>suspended</source>
            <translation>停学</translation>
        </message>
        <message>
            <source>graduated</source>
            <translation>毕业</translation>
        </message>
        <message>
            <source>transferred</source>
            <translation>转出</translation>
        </message>
    </context>
    <context>
        <name>StudentsPage</name>
        <message>
            <source>New student…</source>
            <translation>新增学生…</translation>
        </message>
        <message>
            <source>Import roster…</source>
            <translation>导入名册…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Import students from an Excel or CSV roster; you see every row's verdict before anything is written.</source>
            <translation>从 Excel 或 CSV 名册导入学生；写入之前可以看到每一行的检查结果。</translation>
        </message>
        <message>
            <source>Save the students shown (grade and class filters apply) as an Excel file.</source>
            <translation>把当前显示的学生（按所选年级、班级）保存为 Excel 文件。</translation>
        </message>
        <message>
            <source>Student number, name or pinyin initials (e.g. zsm)</source>
            <translation>学号、姓名或拼音首字母（如 zsm）</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Guardians' phones</source>
            <translation>监护人电话</translation>
        </message>
        <message>
            <source>Show a column with the guardians' phone numbers (each look is recorded in the audit trail).</source>
            <translation>显示监护人电话一列（每次查看都记入审计日志）。</translation>
        </message>
        <message>
            <source>mental-health monitor</source>
            <translation>心理委员</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>学籍状态</translation>
        </message>
        <message>
            <source>Class role</source>
            <translation>班级职务</translation>
        </message>
        <message>
            <source>Loading the register…</source>
            <translation>正在载入学生名册…</translation>
        </message>
        <message>
            <source>Export students</source>
            <translation>导出学生名册</translation>
        </message>
        <message>
            <source>students.xlsx</source>
            <translation>学生名册.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel 工作簿</translation>
        </message>
        <message>
            <source>{count} student(s) were saved to the file.</source>
            <translation>已将 {count} 名学生保存到文件。</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>全部年级</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>年级</translation>
        </message>
        <message>
            <source>Double-click a student to open the profile. Click a column header to sort.</source>
            <translation>双击学生打开档案；点击列标题排序。</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>院系</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>全部院系</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>全部班级</translation>
        </message>
        <message>
            <source>{shown} of {total} students</source>
            <translation>显示 {shown} 人，共 {total} 人</translation>
        </message>
    </context>
    <context>
        <name>SwapDialog</name>
        <message>
            <source>Ask for a swap</source>
            <translation>申请换班</translation>
        </message>
        <message>
            <source>{name}'s duty: {duty}</source>
            <translation>{name}的值班：{duty}</translation>
        </message>
        <message>
            <source>Swap with:</source>
            <translation>与谁换班：</translation>
        </message>
        <message>
            <source>Their duty:</source>
            <translation>对方的值班：</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>The colleague accepts or declines the swap from their own account; then the office head approves it and both duties change hands.</source>
            <translation>同事在自己的账号中同意或拒绝换班；之后由负责人审批，批准后双方的值班互换。</translation>
        </message>
        <message>
            <source>no duty in the next {days} days</source>
            <translation>今后 {days} 天内没有值班</translation>
        </message>
        <message>
            <source>Choose the colleague's duty to take in exchange.</source>
            <translation>请选择要换过来的同事的值班。</translation>
        </message>
    </context>
    <context>
        <name>TableImportDialog</name>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>尚未选择文件。</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>工作表：</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>前几个值</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <source>Show only rows with problems</source>
            <translation>只显示有问题的行</translation>
        </message>
        <message>
            <source>As in the file: this value could not be read.</source>
            <translation>文件中的原样内容：无法识别此值。</translation>
        </message>
        <message>
            <source>Skip invalid rows (import the valid ones and report the others)</source>
            <translation>跳过无效行（导入有效行，列出其余行）</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
            <translation>{new} 新增，{updated} 更新，{unchanged} 未变，{rejected} 拒绝</translation>
        </message>
        <message>
            <source>Imported: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
            <translation>已导入：新增 {new}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}。</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>选择要导入的文件</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>表格文件</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>文件：{name}</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>正在检查各行…</translation>
        </message>
        <message>
            <source>This sheet has no row naming the columns. Choose the sheet that holds the list.</source>
            <translation>这个工作表没有列名行。请选择存放名单的工作表。</translation>
        </message>
        <message>
            <source>The column names were found in row {row}. Check what each column is imported as and change a choice if it is wrong; the rows are checked again at once. Nothing is written before you press Import.</source>
            <translation>在第{row}行找到了列名。请核对每一列的导入方式，如有错误请修改，修改后会立即重新检查各行。按“导入”之前不会写入任何数据。</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— 不导入 —</translation>
        </message>
        <message>
            <source>Some rows are not valid: correct them in the file, or tick “skip invalid rows”.</source>
            <translation>有无效的行：请在文件中改正，或勾选“跳过无效行”。</translation>
        </message>
    </context>
    <context>
        <name>TargetsTab</name>
        <message>
            <source>Every student the campaign screens. A student who is absent on the day or exempt (with the reason) is not due: the coverage leaves them out.</source>
            <translation>本次测评范围内的全部学生。请假或免测（需说明原因）的学生不计入应测，完成率不含他们。</translation>
        </message>
        <message>
            <source>Student number, name or pinyin initials</source>
            <translation>学号、姓名或拼音首字母</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>所有班级</translation>
        </message>
        <message>
            <source>Student no.</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Disposition</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Absent or exempt…</source>
            <translation>请假或免测…</translation>
        </message>
        <message>
            <source>Due again</source>
            <translation>恢复应测</translation>
        </message>
        <message>
            <source>{shown} of {total} students shown · {excused} absent or exempt</source>
            <translation>显示 {shown} / {total} 名学生 · 请假或免测 {excused} 名</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>New shift</source>
            <translation>新建班次</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Post:</source>
            <translation>岗位：</translation>
        </message>
        <message>
            <source>Weekdays:</source>
            <translation>星期：</translation>
        </message>
        <message>
            <source>Weekday:</source>
            <translation>星期：</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>时段：</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>开始：</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>结束：</translation>
        </message>
        <message>
            <source>People:</source>
            <translation>人数：</translation>
        </message>
        <message>
            <source>Counted as:</source>
            <translation>计为：</translation>
        </message>
        <message>
            <source>by day and time</source>
            <translation>按日期和时间自动判断</translation>
        </message>
        <message>
            <source>By day and time: Saturday and Sunday count as weekend duty, a shift starting at 18:00 or later as evening duty, the rest as regular duty.</source>
            <translation>按日期和时间自动判断：周六、周日计为周末值班，18:00 及以后开始的班次计为晚间值班，其余为日常值班。</translation>
        </message>
        <message>
            <source>Who may take it:</source>
            <translation>可值班人员：</translation>
        </message>
        <message>
            <source>and these people:</source>
            <translation>以及以下人员：</translation>
        </message>
        <message>
            <source>Nothing ticked: everyone on the duty list may take the shift.</source>
            <translation>都不勾选时，值班名单上的任何人都可以值这个班。</translation>
        </message>
        <message>
            <source>Add a post first.</source>
            <translation>请先添加岗位。</translation>
        </message>
        <message>
            <source>Tick at least one weekday.</source>
            <translation>请至少勾选一天。</translation>
        </message>
        <message>
            <source>Give the shift a period, e.g. lunch break.</source>
            <translation>请填写班次时段，例如“午休”。</translation>
        </message>
    </context>
    <context>
        <name>TemporaryPasswordDialog</name>
        <message>
            <source>Temporary password for {login}</source>
            <translation>为 {login} 设置临时密码</translation>
        </message>
        <message>
            <source>{name} ({login}) gets a temporary password. Their current password stops working and a lockout is lifted; at the next login they must choose their own password. This is recorded in the audit trail.</source>
            <translation>将为 {name}（{login}）设置临时密码。其原密码随即失效，登录锁定同时解除；下次登录时必须设置自己的密码。此操作会记入审计日志。</translation>
        </message>
        <message>
            <source>Temporary password:</source>
            <translation>临时密码：</translation>
        </message>
        <message>
            <source>At least 10 characters (an office head or counselor: 12, not digits only, not a sequence); not a common password; not containing the login. Tell it to the user in person, not by message.</source>
            <translation>至少 10 个字符（办公室负责人和心理教师：至少 12 个，不能只有数字，不能是连续字符）；不能是常见密码；不能包含登录名。请当面告知用户，不要通过消息发送。</translation>
        </message>
        <message>
            <source>{login} can now log in with the temporary password and will then choose their own.</source>
            <translation>{login} 现在可以用临时密码登录，登录后须设置自己的密码。</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Entered the register</source>
            <translation>录入名册</translation>
        </message>
        <message>
            <source>Status changed to {status}</source>
            <translation>学籍状态变为{status}</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>学籍状态</translation>
        </message>
        <message>
            <source>Placed in {klass}</source>
            <translation>编入{klass}</translation>
        </message>
        <message>
            <source>Moved up to {klass}</source>
            <translation>升入{klass}</translation>
        </message>
        <message>
            <source>Left {klass}</source>
            <translation>离开{klass}</translation>
        </message>
        <message>
            <source>school year {year}</source>
            <translation>{year}学年</translation>
        </message>
        <message>
            <source>before: {klass}</source>
            <translation>原班级：{klass}</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Register edits</source>
            <translation>信息修改</translation>
        </message>
        <message>
            <source>Access to the file</source>
            <translation>查阅与操作记录</translation>
        </message>
        <message>
            <source>Put on the watch list ({level})</source>
            <translation>纳入重点关注（{level}）</translation>
        </message>
        <message>
            <source>Watch-list level: {old} → {new}</source>
            <translation>关注等级：{old} → {new}</translation>
        </message>
        <message>
            <source>Watch list: {new}</source>
            <translation>重点关注：{new}</translation>
        </message>
        <message>
            <source>Closing of the watch-list entry asked</source>
            <translation>申请关闭重点关注</translation>
        </message>
        <message>
            <source>Watch-list entry closed</source>
            <translation>重点关注已关闭</translation>
        </message>
        <message>
            <source>Watch-list entry reopened ({level})</source>
            <translation>重新纳入重点关注（{level}）</translation>
        </message>
        <message>
            <source>Responsible people changed</source>
            <translation>包保人变更</translation>
        </message>
        <message>
            <source>Follow-up: {method}</source>
            <translation>跟踪随访：{method}</translation>
        </message>
        <message>
            <source>Parent contact: {person}, {way}</source>
            <translation>家校沟通：{person}，{way}</translation>
        </message>
        <message>
            <source>Plan version {version} written</source>
            <translation>一人一策第 {version} 版</translation>
        </message>
        <message>
            <source>Watch list</source>
            <translation>重点关注</translation>
        </message>
        <message>
            <source>Screening {campaign}: {outcome}</source>
            <translation>心理测评“{campaign}”：{outcome}</translation>
        </message>
        <message>
            <source>{scale}, total {total}</source>
            <translation>{scale}，总分 {total}</translation>
        </message>
        <message>
            <source>key item {items} hit</source>
            <translation>命中关键题目 {items}</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>心理测评</translation>
        </message>
        <message>
            <source>Referral {number} issued: {hospital}</source>
            <translation>开具转介单 {number}：{hospital}</translation>
        </message>
        <message>
            <source>Referral {number}: receipt back</source>
            <translation>转介 {number}：回执已收回</translation>
        </message>
        <message>
            <source>The doctor's advice: {advice}</source>
            <translation>医生建议：{advice}</translation>
        </message>
        <message>
            <source>Referral {number} closed: {reason}</source>
            <translation>转介 {number} 结案：{reason}</translation>
        </message>
        <message>
            <source>Referral {number} reopened: back to “{state}”</source>
            <translation>转介 {number} 重新打开：回到“{state}”</translation>
        </message>
        <message>
            <source>The closing of {day} ({reason}) undone</source>
            <translation>撤销 {day} 的结案（{reason}）</translation>
        </message>
        <message>
            <source>{kind} from {start} (expected end {end})</source>
            <translation>{kind}：自 {start} 起（预计至 {end}）</translation>
        </message>
        <message>
            <source>Back at school after the {kind} ({number})</source>
            <translation>{kind}结束，复学（{number}）</translation>
        </message>
        <message>
            <source>Crisis incident {number}: {type}</source>
            <translation>危机事件 {number}：{type}</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>转介与休学复学</translation>
        </message>
        <message>
            <source>Crisis incidents</source>
            <translation>危机事件</translation>
        </message>
    </context>
    <context>
        <name>TimelineDialog</name>
        <message>
            <source>Breach of confidentiality: C {number}</source>
            <translation>保密例外：危机 {number}</translation>
        </message>
        <message>
            <source>Timeline entry: C {number}</source>
            <translation>事件经过：危机 {number}</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>时间：</translation>
        </message>
        <message>
            <source>Who was told:</source>
            <translation>告知对象：</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>What happened:</source>
            <translation>经过：</translation>
        </message>
        <message>
            <source>Record every breach of confidentiality made to protect life: it stays on record.</source>
            <translation>为保护生命安全而突破保密的，每次都须记录，记录不可删除。</translation>
        </message>
    </context>
    <context>
        <name>TimelineSection</name>
        <message>
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Earlier events</source>
            <translation>更早的记录</translation>
        </message>
        <message>
            <source>{count} events shown</source>
            <translation>已显示 {count} 条记录</translation>
        </message>
        <message>
            <source>No events of these kinds.</source>
            <translation>没有这类记录。</translation>
        </message>
    </context>
    <context>
        <name>TodayCard</name>
        <message>
            <source>Appointments today</source>
            <translation>今日预约</translation>
        </message>
        <message>
            <source>No appointment today.</source>
            <translation>今天没有预约。</translation>
        </message>
        <message>
            <source>{start}–{end} {who} · {kind} · {place} · {state}</source>
            <translation>{start}–{end} {who} · {kind} · {place} · {state}</translation>
        </message>
        <message>
            <source>not marked yet</source>
            <translation>尚未登记到访</translation>
        </message>
        <message>
            <source>{count} held session(s) without a record…</source>
            <translation>{count} 次已完成的辅导还没有记录…</translation>
        </message>
        <message>
            <source>Urgent: {name} ({no}) is waiting for an appointment — book now…</source>
            <translation>紧急：{name}（{no}）正在候约，请立即安排…</translation>
        </message>
        <message>
            <source>Waiting list: {waiting} waiting, {offers} slot(s) offered…</source>
            <translation>候约名单：{waiting} 人等待，{offers} 个空出时段待确认…</translation>
        </message>
    </context>
    <context>
        <name>UnavailabilityImportDialog</name>
        <message>
            <source>Import unavailability for duty</source>
            <translation>导入不可值班安排</translation>
        </message>
        <message>
            <source>Choose the sheet of unavailability</source>
            <translation>选择不可值班安排表</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>表格</translation>
        </message>
        <message>
            <source>{new} new, {unchanged} already entered, {rejected} rejected</source>
            <translation>{new} 新增，{unchanged} 已录入，{rejected} 拒绝</translation>
        </message>
        <message>
            <source>{count} entry(ies) of unavailability added.</source>
            <translation>已添加 {count} 条不可值班安排。</translation>
        </message>
        <message>
            <source>{count} invalid row(s) left out.</source>
            <translation>{count} 个无效行未导入。</translation>
        </message>
    </context>
    <context>
        <name>UnavailableDialog</name>
        <message>
            <source>Cannot take duty</source>
            <translation>不可值班</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>时间：</translation>
        </message>
        <message>
            <source>every week on a weekday</source>
            <translation>每周固定某天</translation>
        </message>
        <message>
            <source>on dates</source>
            <translation>指定日期</translation>
        </message>
        <message>
            <source>Weekday:</source>
            <translation>星期：</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>从：</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>至：</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>时段：</translation>
        </message>
        <message>
            <source>the whole day</source>
            <translation>全天</translation>
        </message>
        <message>
            <source>Put people on the duty list first.</source>
            <translation>请先把人员加入值班名单。</translation>
        </message>
        <message>
            <source>The last day comes before the first.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Reactivate {login}</source>
            <translation>重新启用 {login}</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>登录名：</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <source>First password:</source>
            <translation>初始密码：</translation>
        </message>
        <message>
            <source>At least 10 characters (an office head or counselor: 12, not digits only, not a sequence); not a common password; not containing the login. Tell the user the first password in person; they can change it in Settings.</source>
            <translation>至少 10 个字符（办公室负责人和心理教师：至少 12 个，不能只有数字，不能是连续字符）；不能是常见密码；不能包含登录名。请当面告知用户初始密码，用户可在“设置”中修改。</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>对应教职工</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Active (password to change)</source>
            <translation>启用（密码待本人修改）</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建日期</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>更改角色</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Reactivate…</source>
            <translation>重新启用…</translation>
        </message>
        <message>
            <source>Link to staff member…</source>
            <translation>关联教职工…</translation>
        </message>
        <message>
            <source>Which staff member of the school uses this account.</source>
            <translation>这个账户由学校哪位教职工使用。</translation>
        </message>
        <message>
            <source>Lift lockout</source>
            <translation>解除锁定</translation>
        </message>
        <message>
            <source>Let a login locked after five wrong passwords try again now.</source>
            <translation>让因连续 5 次密码错误而被锁定的登录名立即可以再次登录。</translation>
        </message>
        <message>
            <source>Set temporary password…</source>
            <translation>重设临时密码…</translation>
        </message>
        <message>
            <source>For a forgotten password: the user must choose their own at the next login.</source>
            <translation>用于忘记密码的情况：用户下次登录时必须设置自己的密码。</translation>
        </message>
        <message>
            <source>{active} active account(s), {total} in all</source>
            <translation>启用的账号 {active} 个，共 {total} 个</translation>
        </message>
        <message>
            <source>Locked until {time}</source>
            <translation>已锁定至 {time}</translation>
        </message>
        <message>
            <source>Change the role of {login} from {old} to {new}?</source>
            <translation>将 {login} 的角色由“{old}”改为“{new}”？</translation>
        </message>
        <message>
            <source>Deactivate {login}? The account can no longer log in; its records stay.</source>
            <translation>确定停用 {login} 吗？该账号将无法登录，其记录保留。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Lift the lockout of {login} now? They can log in again at once. This is recorded in the audit trail.</source>
            <translation>现在解除 {login} 的登录锁定吗？解除后可立即重新登录。此操作会记入审计日志。</translation>
        </message>
    </context>
    <context>
        <name>Verify</name>
        <message>
            <source>Audit entry {row} ({at}) is not signed: the trail was changed from this entry on.</source>
            <translation>审计记录第 {row} 条（{at}）没有签名：日志从这一条起被改动过。</translation>
        </message>
        <message>
            <source>Audit entry {row} ({at}): the signature of {who} does not match: the trail was changed from this entry on.</source>
            <translation>审计记录第 {row} 条（{at}）：{who}的签名不符，日志从这一条起被改动过。</translation>
        </message>
        <message>
            <source>Audit entry {row} ({at}) names account #{user} but was signed by {who}.</source>
            <translation>审计记录第 {row} 条（{at}）写的是账户 #{user}，签名的却是{who}。</translation>
        </message>
        <message>
            <source>Audit entry {row} ({at}) was signed by account #{user}, which no office head has signed.</source>
            <translation>审计记录第 {row} 条（{at}）由账户 #{user} 签名，而该账户没有经过负责人签名。</translation>
        </message>
        <message>
            <source>The audit trail has {rows} entries, but {who} saw {count} on {at}: entries {first} to {count} were removed.</source>
            <translation>审计日志现有 {rows} 条，而{who}在 {at} 看到的是 {count} 条：第 {first} 至 {count} 条被删除了。</translation>
        </message>
        <message>
            <source>Audit entry {count} is not what {who} saw on {at}: the trail was rewritten up to there.</source>
            <translation>审计记录第 {count} 条与{who}在 {at} 看到的不同：到这一条为止的日志被改写过。</translation>
        </message>
        <message>
            <source>The audit trail was dropped: it was found missing and re-created on {at} (entry {row}).</source>
            <translation>审计日志曾被整表删除：{at} 发现缺失并重建（第 {row} 条）。</translation>
        </message>
        <message>
            <source>The signed list of accounts does not check from version {version} on: it was changed or replaced without an office head's key.</source>
            <translation>已签名的账户名单从第 {version} 版起校验不通过：有人在没有负责人密钥的情况下改动或替换了它。</translation>
        </message>
        <message>
            <source>The office has no signed list of accounts yet: an office head's next login makes it.</source>
            <translation>办公室还没有已签名的账户名单：负责人下次登录时会生成。</translation>
        </message>
        <message>
            <source>Account #{user} ({login}) is in the database but no office head signed it.</source>
            <translation>账户 #{user}（{login}）在数据库中，但没有经过负责人签名。</translation>
        </message>
        <message>
            <source>Account #{user} ({login}): the database says {field}: {found}, an office head signed {field}: {signed}.</source>
            <translation>账户 #{user}（{login}）：数据库中{field}为“{found}”，负责人签名的{field}为“{signed}”。</translation>
        </message>
        <message>
            <source>login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>key slot</source>
            <translation>密钥槽</translation>
        </message>
        <message>
            <source>role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>state</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Account #{user} ({login}), signed by an office head, is missing from the database.</source>
            <translation>负责人签名过的账户 #{user}（{login}）在数据库中不见了。</translation>
        </message>
        <message>
            <source>The record of the audit trail kept for {who} is not signed by them.</source>
            <translation>为{who}保存的审计日志记录不是其本人签名的。</translation>
        </message>
        <message>
            <source>the recovery key</source>
            <translation>恢复密钥</translation>
        </message>
        <message>
            <source>account #{user} ({login})</source>
            <translation>账户 #{user}（{login}）</translation>
        </message>
        <message>
            <source>the backup {name} (made by {who})</source>
            <translation>备份 {name}（由{who}制作）</translation>
        </message>
        <message>
            <source>audit trigger missing: {trigger}</source>
            <translation>审计日志的保护触发器缺失：{trigger}</translation>
        </message>
        <message>
            <source>recovery key slot missing</source>
            <translation>缺少恢复密钥的密钥槽</translation>
        </message>
        <message>
            <source>no key slot for active account #{id}</source>
            <translation>启用的账号 #{id} 没有密钥槽</translation>
        </message>
        <message>
            <source>key slot without an active account: {slot}</source>
            <translation>有一个密钥槽不属于任何启用的账号：{slot}</translation>
        </message>
        <message>
            <source>key slots from an unfinished re-key</source>
            <translation>密钥槽中留有未完成的换钥</translation>
        </message>
        <message>
            <source>clinical key of another epoch in the key slots</source>
            <translation>密钥槽中的临床密钥版本与数据库不一致</translation>
        </message>
        <message>
            <source>clinical key missing for account #{id}</source>
            <translation>账号 #{id} 缺少临床密钥</translation>
        </message>
        <message>
            <source>clinical key missing for the recovery key</source>
            <translation>恢复密钥缺少临床密钥</translation>
        </message>
        <message>
            <source>clinical key held by account #{id}, whose role does not hold it</source>
            <translation>账号 #{id} 持有临床密钥，但其角色不应持有</translation>
        </message>
        <message>
            <source>sealed fields not checked: this account holds no clinical key</source>
            <translation>未检查保密字段：此账号没有临床密钥</translation>
        </message>
        <message>
            <source>sealed field does not open: {field}</source>
            <translation>保密字段无法解密：{field}</translation>
        </message>
        <message>
            <source>version {version} of the plan of watch-list entry #{entry} does not carry its author's valid signature: it was changed outside the application</source>
            <translation>重点关注条目 #{entry} 的一人一策第 {version} 版没有作者的有效签名：它在本程序之外被改动过</translation>
        </message>
    </context>
    <context>
        <name>WatchCard</name>
        <message>
            <source>Watch-list students to follow up</source>
            <translation>需要跟进的重点关注学生</translation>
        </message>
        <message>
            <source>Closing requests waiting for approval</source>
            <translation>待审批的关闭申请</translation>
        </message>
        <message>
            <source>whole office: {open} open, {overdue} overdue</source>
            <translation>全办公室：未关闭 {open} 条，逾期 {overdue} 条</translation>
        </message>
        <message>
            <source>yours: {open} open, {overdue} overdue</source>
            <translation>您包保的：未关闭 {open} 条，逾期 {overdue} 条</translation>
        </message>
        <message>
            <source>Nothing is overdue: every open entry has its follow-up in time.</source>
            <translation>没有逾期的记录：每条未关闭的记录都在按期跟进。</translation>
        </message>
        <message>
            <source>No open entry to follow up.</source>
            <translation>目前没有需要跟进的未关闭记录。</translation>
        </message>
        <message>
            <source>All {count} overdue entries…</source>
            <translation>全部 {count} 条逾期记录…</translation>
        </message>
        <message>
            <source>closing asked</source>
            <translation>申请关闭</translation>
        </message>
        <message>
            <source>{name} · {klass} · {level} — {what} · next review {day}</source>
            <translation>{name} · {klass} · {level} — {what} · 下次回访 {day}</translation>
        </message>
        <message>
            <source>no class</source>
            <translation>无班级</translation>
        </message>
        <message>
            <source>Open the entry</source>
            <translation>打开该记录</translation>
        </message>
    </context>
    <context>
        <name>WatchCloseReason</name>
        <message>
            <source>improved, risk resolved</source>
            <translation>情况好转，风险解除</translation>
        </message>
        <message>
            <source>not confirmed on review</source>
            <translation>复核后未纳入</translation>
        </message>
        <message>
            <source>graduated or left the school</source>
            <translation>毕业或离校</translation>
        </message>
        <message>
            <source>transferred to another school</source>
            <translation>转学</translation>
        </message>
        <message>
            <source>entered by mistake</source>
            <translation>误录</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>WatchDocuments</name>
        <message>
            <source>Follow-up record of a watch-list student</source>
            <translation>重点关注学生跟踪记录</translation>
        </message>
        <message>
            <source>Follow-ups and parent contacts ({count})</source>
            <translation>跟踪记录与家校沟通（共 {count} 条）</translation>
        </message>
        <message>
            <source>Nothing has been recorded for this entry yet.</source>
            <translation>本条目尚无跟踪记录或家校沟通记录。</translation>
        </message>
        <message>
            <source>Addendum of {date} by {author}:</source>
            <translation>补充记录（{date}，{author}）：</translation>
        </message>
        <message>
            <source>{kind} · {how}</source>
            <translation>{kind} · {how}</translation>
        </message>
        <message>
            <source>Recorded by {author}</source>
            <translation>记录人：{author}</translation>
        </message>
        <message>
            <source>Re-rating: {rating}</source>
            <translation>再评级：{rating}</translation>
        </message>
        <message>
            <source>Checked by the head of the counseling office</source>
            <translation>心理辅导室主任审核</translation>
        </message>
        <message>
            <source>{label}: {text}</source>
            <translation>{label}：{text}</translation>
        </message>
        <message>
            <source>Watch list</source>
            <translation>重点关注学生清单</translation>
        </message>
        <message>
            <source>Watch list: {scope}</source>
            <translation>重点关注学生清单（{scope}）</translation>
        </message>
        <message>
            <source>Students listed</source>
            <translation>名单范围</translation>
        </message>
        <message>
            <source>Open entries</source>
            <translation>在册人数</translation>
        </message>
        <message>
            <source>By level</source>
            <translation>按等级</translation>
        </message>
        <message>
            <source>{level} {count}</source>
            <translation>{level} {count} 人</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>姓名显示</translation>
        </message>
        <message>
            <source>masked (王*明, last four digits of the number)</source>
            <translation>已遮蔽（如 王*明，学号只显示后四位）</translation>
        </message>
        <message>
            <source>in full, as asked for by the person printing (recorded in the audit trail)</source>
            <translation>完整显示（由打印人选择，已记入审计日志）</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>打印日期</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>包保人</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>下次回访</translation>
        </message>
        <message>
            <source>No open entry.</source>
            <translation>没有未关闭的重点关注条目。</translation>
        </message>
        <message>
            <source>Compiled by</source>
            <translation>制表人</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>审核人</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>保密</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>编号：{number}</translation>
        </message>
        <message>
            <source>Individual support plan of a watch-list student</source>
            <translation>重点关注学生“一人一策”工作方案</translation>
        </message>
        <message>
            <source>Watch-list student: notice for the head teacher</source>
            <translation>重点关注学生班主任工作单</translation>
        </message>
        <message>
            <source>{title} ({number})</source>
            <translation>{title}（{number}）</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Level of concern</source>
            <translation>关注等级</translation>
        </message>
        <message>
            <source>Class of case</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>On the list since</source>
            <translation>纳入日期</translation>
        </message>
        <message>
            <source>Responsible people</source>
            <translation>包保责任人</translation>
        </message>
        <message>
            <source>Peer carer</source>
            <translation>朋辈关怀（心理委员）</translation>
        </message>
        <message>
            <source>Parent contact</source>
            <translation>家长联系人</translation>
        </message>
        <message>
            <source>The concern</source>
            <translation>关注事由</translation>
        </message>
        <message>
            <source>1. The student</source>
            <translation>一、基本情况</translation>
        </message>
        <message>
            <source>2. The plan</source>
            <translation>二、一人一策</translation>
        </message>
        <message>
            <source>3. Recent follow-ups</source>
            <translation>三、近期跟踪情况</translation>
        </message>
        <message>
            <source>4. Signatures</source>
            <translation>四、签字确认</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>第 {version} 版</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>制定人</translation>
        </message>
        <message>
            <source>Written on</source>
            <translation>制定日期</translation>
        </message>
        <message>
            <source>Electronic signature</source>
            <translation>电子签名</translation>
        </message>
        <message>
            <source>signed by the author, verified</source>
            <translation>制定人已签名，核验有效</translation>
        </message>
        <message>
            <source>missing or not valid: check the plan in the application</source>
            <translation>缺失或无效：请在软件中核对方案</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Medication (as reported by the family)</source>
            <translation>用药情况（家长告知）</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>No plan has been written for this entry yet.</source>
            <translation>本条目尚未制定一人一策方案。</translation>
        </message>
        <message>
            <source>No measure.</source>
            <translation>没有措施。</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>措施</translation>
        </message>
        <message>
            <source>What is done</source>
            <translation>具体内容</translation>
        </message>
        <message>
            <source>Carried out by</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>频次</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>完成期限</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>记录人</translation>
        </message>
        <message>
            <source>Re-rating</source>
            <translation>再评级</translation>
        </message>
        <message>
            <source>{count} follow-ups in all; the latest {shown} are listed. What was seen is in the follow-up record.</source>
            <translation>共跟踪 {count} 次，以下列出最近 {shown} 次；具体情况见《重点关注学生跟踪记录》。</translation>
        </message>
        <message>
            <source>No follow-up yet.</source>
            <translation>尚无跟踪记录。</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>心理教师</translation>
        </message>
        <message>
            <source>Head teacher</source>
            <translation>班主任</translation>
        </message>
        <message>
            <source>Parent or guardian</source>
            <translation>家长（监护人）</translation>
        </message>
        <message>
            <source>Head of the counseling office</source>
            <translation>心理辅导室主任</translation>
        </message>
        <message>
            <source>School leader</source>
            <translation>分管校领导</translation>
        </message>
        <message>
            <source>Whom to call</source>
            <translation>联系谁</translation>
        </message>
        <message>
            <source>Also responsible</source>
            <translation>其他包保人</translation>
        </message>
        <message>
            <source>Call the counselor at once when you notice any of the signs below, or when you are unsure.</source>
            <translation>发现下列任何情况，或拿不准时，请立即联系心理教师。</translation>
        </message>
        <message>
            <source>What to watch for</source>
            <translation>请留意以下情况</translation>
        </message>
        <message>
            <source>What the school does</source>
            <translation>学校采取的措施</translation>
        </message>
        <message>
            <source>Ask the counselor what a measure means for your class.</source>
            <translation>各项措施在班级中如何配合，请向心理教师了解。</translation>
        </message>
        <message>
            <source>In an emergency (the student talks of ending their life, hurts themselves or has gone missing): stay with the student or have someone stay, keep dangerous objects away, call the counselor and the school leader on duty and inform the parents; call 110 or 120 when life is in danger.</source>
            <translation>遇紧急情况（学生流露轻生念头、出现自伤行为或失联）：请自己或安排他人陪伴学生，不让其独处，移开危险物品，立即联系心理教师和值班校领导，并通知家长；危及生命时拨打 110 或 120。</translation>
        </message>
        <message>
            <source>This notice is for the head teacher's work only: keep it locked away, do not copy or photograph it, and do not tell other students or anyone not involved. Give it back to the counseling office when the student leaves the list.</source>
            <translation>本工作单仅供班主任工作使用，请锁柜保管，不得复印、拍照，不得向其他学生或无关人员透露。学生撤销关注后，请交回心理辅导室。</translation>
        </message>
        <message>
            <source>Received by the head teacher</source>
            <translation>班主任签收</translation>
        </message>
        <message>
            <source>Handed over by the counselor</source>
            <translation>心理教师</translation>
        </message>
        <message>
            <source>{duty}: {name} {phone}</source>
            <translation>{duty}：{name}　{phone}</translation>
        </message>
        <message>
            <source>Low mood that lasts, crying easily, or unusual irritability</source>
            <translation>情绪持续低落、容易哭泣，或异常烦躁易怒</translation>
        </message>
        <message>
            <source>Absences, lateness or requests for leave without a clear reason</source>
            <translation>无明确原因缺勤、迟到或频繁请假</translation>
        </message>
        <message>
            <source>Keeping away from classmates, no longer joining in class activities</source>
            <translation>回避同学、独来独往，不再参加班级活动</translation>
        </message>
        <message>
            <source>A sudden drop in marks or in homework handed in</source>
            <translation>成绩或作业完成情况突然明显下降</translation>
        </message>
        <message>
            <source>Marked changes in sleep or appetite; looking exhausted in class</source>
            <translation>睡眠、饮食明显改变，上课精神萎靡</translation>
        </message>
        <message>
            <source>Talking or writing about death or self-harm (also in essays, diaries, online)</source>
            <translation>谈论死亡或自伤，或在作文、日记、网络上流露此类内容</translation>
        </message>
        <message>
            <source>Unexplained injuries; collecting medicines, blades or other dangerous objects</source>
            <translation>身上有不明伤痕，或收集药物、刀片等危险物品</translation>
        </message>
        <message>
            <source>Giving away treasured things, saying goodbye, putting affairs in order</source>
            <translation>把心爱的物品送人、与人告别、交代事情</translation>
        </message>
        <message>
            <source>A major upset: family trouble, a break-up, a serious conflict, a failed exam</source>
            <translation>遭遇重大变故：家庭变故、失恋、严重冲突、考试失利等</translation>
        </message>
        <message>
            <source>W {year}-{place}</source>
            <translation>关注 {year}-{place}</translation>
        </message>
        <message>
            <source>not yet judged</source>
            <translation>未判定</translation>
        </message>
        <message>
            <source>{day} (overdue)</source>
            <translation>{day}（已逾期）</translation>
        </message>
        <message>
            <source>{state} ({day})</source>
            <translation>{state}（{day}）</translation>
        </message>
        <message>
            <source>{name} ({relation}) {phone}</source>
            <translation>{name}（{relation}）{phone}</translation>
        </message>
        <message>
            <source>the whole school</source>
            <translation>全校</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟踪</translation>
        </message>
        <message>
            <source>Contact with the parents</source>
            <translation>家校沟通</translation>
        </message>
        <message>
            <source>What was seen</source>
            <translation>情况记录</translation>
        </message>
        <message>
            <source>Talked to</source>
            <translation>联系对象</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>What was communicated</source>
            <translation>沟通事实</translation>
        </message>
        <message>
            <source>The family's support</source>
            <translation>家庭支持情况</translation>
        </message>
        <message>
            <source>What was agreed</source>
            <translation>约定事项</translation>
        </message>
        <message>
            <source>Next contact</source>
            <translation>下次联系日期</translation>
        </message>
        <message>
            <source>{code} ({name})</source>
            <translation>{code}（{name}）</translation>
        </message>
    </context>
    <context>
        <name>WatchDuty</name>
        <message>
            <source>counselor</source>
            <translation>心理教师</translation>
        </message>
        <message>
            <source>head teacher or instructor</source>
            <translation>班主任/辅导员</translation>
        </message>
        <message>
            <source>school leader</source>
            <translation>校领导</translation>
        </message>
    </context>
    <context>
        <name>WatchExport</name>
        <message>
            <source>Watch list</source>
            <translation>重点关注学生清单</translation>
        </message>
        <message>
            <source>Student number</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Class of case</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Responsible people</source>
            <translation>包保人</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>下次回访</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>是否逾期</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>What is overdue</source>
            <translation>逾期事项</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>WatchField</name>
        <message>
            <source>The concern</source>
            <translation>关注事由</translation>
        </message>
        <message>
            <source>The reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>The parent's name</source>
            <translation>家长姓名</translation>
        </message>
        <message>
            <source>The relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>The reference of the record</source>
            <translation>关联记录编号</translation>
        </message>
        <message>
            <source>The explanation</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>The goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>The medication</source>
            <translation>用药情况</translation>
        </message>
        <message>
            <source>The notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>A measure's description</source>
            <translation>措施说明</translation>
        </message>
        <message>
            <source>The frequency</source>
            <translation>频次</translation>
        </message>
        <message>
            <source>The owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>What was seen</source>
            <translation>观察与谈话内容</translation>
        </message>
        <message>
            <source>The family's support</source>
            <translation>家庭支持情况</translation>
        </message>
        <message>
            <source>What was communicated</source>
            <translation>沟通事实</translation>
        </message>
        <message>
            <source>The agreements</source>
            <translation>约定事项</translation>
        </message>
    </context>
    <context>
        <name>WatchLevel</name>
        <message>
            <source>general concern</source>
            <translation>一般关注</translation>
        </message>
        <message>
            <source>close concern</source>
            <translation>重点关注</translation>
        </message>
        <message>
            <source>high risk</source>
            <translation>高危</translation>
        </message>
    </context>
    <context>
        <name>WatchListWords</name>
        <message>
            <source>undecided</source>
            <translation>未定</translation>
        </message>
        <message>
            <source>{state} (closing to approve)</source>
            <translation>{state}（待审批关闭）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>WatchOverdue</name>
        <message>
            <source>review date passed</source>
            <translation>已过回访日期</translation>
        </message>
        <message>
            <source>plan measure past its due date</source>
            <translation>措施已过期限</translation>
        </message>
        <message>
            <source>no responsible counselor</source>
            <translation>未指定心理教师</translation>
        </message>
        <message>
            <source>no plan yet</source>
            <translation>尚无一人一策</translation>
        </message>
        <message>
            <source>responsible person to replace</source>
            <translation>包保人需更换</translation>
        </message>
        <message>
            <source>student left the school</source>
            <translation>学生已离校</translation>
        </message>
    </context>
    <context>
        <name>WatchPage</name>
        <message>
            <source>Put on the watch list…</source>
            <translation>纳入重点关注…</translation>
        </message>
        <message>
            <source>Put a student on the watch list: find the student by number or name, then say why.</source>
            <translation>将学生纳入重点关注：按学号或姓名找到学生，再写明关注事由。</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Student number, name, pinyin initials or a responsible person</source>
            <translation>学号、姓名、拼音首字母或包保人</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>所有等级</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>所有状态（含已关闭）</translation>
        </message>
        <message>
            <source>Open (to review, following up, observing)</source>
            <translation>未关闭（待复核、跟进中、观察中）</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>只看逾期</translation>
        </message>
        <message>
            <source>Entries whose review date passed without a follow-up, a plan measure passed its due date, or without a responsible counselor or a plan a week after they were opened.</source>
            <translation>回访日期已过仍未跟进、一人一策措施已过期限，或纳入一周后仍无心理教师包保或一人一策的记录。</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>所有班级</translation>
        </message>
        <message>
            <source>All responsible people</source>
            <translation>所有包保人</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>所有来源</translation>
        </message>
        <message>
            <source>Student no.</source>
            <translation>学号</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Mild or severe (policy §8); undecided until the review.</source>
            <translation>轻症或重症（政策第八条）；复核前为“未定”。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班级</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>The risk level; sorted most serious first.</source>
            <translation>风险等级；排序时最严重的在前。</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>包保人</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>下次回访</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>纳入日期</translation>
        </message>
        <message>
            <source>{duty}: {name}</source>
            <translation>{duty}：{name}</translation>
        </message>
        <message>
            <source>closed {day}</source>
            <translation>已于 {day} 关闭</translation>
        </message>
        <message>
            <source>Double-click an entry (or press Enter) to open it. Click a column header to sort.</source>
            <translation>双击一条记录（或按回车）打开。点击列标题排序。</translation>
        </message>
        <message>
            <source>{shown} shown · {open} open, {overdue} overdue</source>
            <translation>显示 {shown} 条 · 未关闭 {open} 条，逾期 {overdue} 条</translation>
        </message>
        <message>
            <source>Loading the watch list…</source>
            <translation>正在载入重点关注学生清单…</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>所有院系</translation>
        </message>
        <message>
            <source>All grades</source>
            <translation>所有年级</translation>
        </message>
    </context>
    <context>
        <name>WatchPlan</name>
        <message>
            <source>signed ✓</source>
            <translation>已签名 ✓</translation>
        </message>
        <message>
            <source>⚠ the author's signature is missing or does not match: the text may have been changed outside the app</source>
            <translation>⚠ 缺少作者签名或签名不符：内容可能在本程序之外被改动过</translation>
        </message>
        <message>
            <source>Version {version} · written by {author} on {day} · {signed}</source>
            <translation>第 {version} 版 · {author} 于 {day} 编写 · {signed}</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>What is done</source>
            <translation>具体内容</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>频次</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>措施</translation>
        </message>
        <message>
            <source>Medication (as the family reports it)</source>
            <translation>用药情况（家庭告知）</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>WatchSection</name>
        <message>
            <source>Level</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>纳入日期</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>下次回访</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>关闭日期</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>包保人</translation>
        </message>
        <message>
            <source>Open entry</source>
            <translation>打开记录</translation>
        </message>
        <message>
            <source>Put on the watch list…</source>
            <translation>纳入重点关注…</translation>
        </message>
        <message>
            <source>This student has never been on the watch list.</source>
            <translation>该学生从未被纳入重点关注。</translation>
        </message>
    </context>
    <context>
        <name>WatchSeverity</name>
        <message>
            <source>mild</source>
            <translation>轻症</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>重症</translation>
        </message>
    </context>
    <context>
        <name>WatchSource</name>
        <message>
            <source>staff or student cadre check</source>
            <translation>教职员工/学生干部排查</translation>
        </message>
        <message>
            <source>psychological screening</source>
            <translation>心理测评筛查</translation>
        </message>
        <message>
            <source>home-school communication</source>
            <translation>家校沟通</translation>
        </message>
        <message>
            <source>medical-school liaison</source>
            <translation>医教对接</translation>
        </message>
        <message>
            <source>student asked for help</source>
            <translation>学生自主求助</translation>
        </message>
    </context>
    <context>
        <name>WatchState</name>
        <message>
            <source>to review</source>
            <translation>待复核</translation>
        </message>
        <message>
            <source>following up</source>
            <translation>跟进中</translation>
        </message>
        <message>
            <source>observing</source>
            <translation>观察中</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已关闭</translation>
        </message>
    </context>
    <context>
        <name>WatchWords</name>
        <message>
            <source>not yet decided</source>
            <translation>待定</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>{main} ({aside})</source>
            <translation>{main}（{aside}）</translation>
        </message>
        <message>
            <source>a former staff member</source>
            <translation>已离职的教职工</translation>
        </message>
        <message>
            <source>{duty} {name}</source>
            <translation>{duty} {name}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Put on the watch list: {level}, {state}</source>
            <translation>列入清单：{level}，{state}</translation>
        </message>
        <message>
            <source>Level: {old} → {new}</source>
            <translation>等级：{old} → {new}</translation>
        </message>
        <message>
            <source>Re-rated at the follow-up of {day}</source>
            <translation>随访（{day}）时重新评估</translation>
        </message>
        <message>
            <source>Class: {old} → {new}</source>
            <translation>类别：{old} → {new}</translation>
        </message>
        <message>
            <source>State: {old} → {new}</source>
            <translation>状态：{old} → {new}</translation>
        </message>
        <message>
            <source>Responsible people: {old} → {new}</source>
            <translation>包保人：{old} → {new}</translation>
        </message>
        <message>
            <source>Closing asked: {reason}</source>
            <translation>申请关闭：{reason}</translation>
        </message>
        <message>
            <source>Closing request withdrawn</source>
            <translation>撤回关闭申请</translation>
        </message>
        <message>
            <source>Closing request sent back</source>
            <translation>关闭申请被退回</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>Reopened: level {old} → {new}</source>
            <translation>重新启用：等级 {old} → {new}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Screening result</source>
            <translation>测评结果</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>观察记录</translation>
        </message>
        <message>
            <source>Parent contact</source>
            <translation>家校沟通记录</translation>
        </message>
        <message>
            <source>Hospital receipt</source>
            <translation>医院回执</translation>
        </message>
    </context>
    <context>
        <name>WeekGrid</name>
        <message>
            <source>make-up workday</source>
            <translation>调休上班</translation>
        </message>
        <message>
            <source>weekend</source>
            <translation>周末</translation>
        </message>
        <message>
            <source>no school</source>
            <translation>不上课</translation>
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <source>Monday</source>
            <translation>星期一</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>星期二</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>星期三</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>星期四</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>星期五</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>星期六</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>星期日</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation>欢迎</translation>
        </message>
        <message>
            <source>This computer has no counseling office yet. The next pages set one up: the school's profile, the office head's account and the recovery key.

Everything is stored encrypted on this computer. Nothing is sent anywhere.</source>
            <translation>本机还没有心理辅导室数据。接下来的几页将依次设置：学校信息、办公室负责人账号和恢复密钥。

所有数据都加密保存在本机，不会发送到任何地方。</translation>
        </message>
        <message>
            <source>Just looking? A demo office holds invented students and staff only.</source>
            <translation>只是想先看看？演示办公室只包含虚构的学生和教职工。</translation>
        </message>
        <message>
            <source>Create a demo office instead</source>
            <translation>创建演示办公室</translation>
        </message>
    </context>
    <context>
        <name>YearDialog</name>
        <message>
            <source>Edit school year</source>
            <translation>编辑学年</translation>
        </message>
        <message>
            <source>Add a school year</source>
            <translation>新增学年</translation>
        </message>
        <message>
            <source>e.g. 2026-2027</source>
            <translation>例如 2026-2027</translation>
        </message>
        <message>
            <source>School year:</source>
            <translation>学年：</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>从：</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>到：</translation>
        </message>
        <message>
            <source>First semester</source>
            <translation>第一学期</translation>
        </message>
        <message>
            <source>Second semester</source>
            <translation>第二学期</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>至：</translation>
        </message>
        <message>
            <source>A semester runs from its first to its last day of teaching; holidays between them are taken from the calendar.</source>
            <translation>学期从第一个教学日到最后一个教学日；其间的节假日按校历计算。</translation>
        </message>
    </context>
    <context>
        <name>YearResourcesDialog</name>
        <message>
            <source>Funding, venue and partner hospital</source>
            <translation>经费、场地与合作医院</translation>
        </message>
        <message>
            <source>Funding this school year (yuan):</source>
            <translation>本学年经费（元）：</translation>
        </message>
        <message>
            <source>empty: not known</source>
            <translation>留空：不清楚</translation>
        </message>
        <message>
            <source>Counseling rooms:</source>
            <translation>心理辅导室（间）：</translation>
        </message>
        <message>
            <source>Venue area (m²):</source>
            <translation>场地面积（平方米）：</translation>
        </message>
        <message>
            <source>Mental-health course credits:</source>
            <translation>心理健康课程学分：</translation>
        </message>
        <message>
            <source>Partner mental-health institution:</source>
            <translation>合作精神卫生医疗机构：</translation>
        </message>
        <message>
            <source>A hospital of the referrals' directory with a cooperation agreement counts as a partner too.</source>
            <translation>转介医院名录中签有合作协议的医院也算作合作机构。</translation>
        </message>
    </context>
</TS>
