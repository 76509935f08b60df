package cn.supervision.credit.calendar;

import cn.supervision.workingdays.HolidayFiles;
import cn.supervision.workingdays.WorkingDayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CalendarConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return HolidayFiles.load();
    }
}
