var data_file_3 = {
    "1906": {
        "appid": "com.moodle.moodlemobile",
        "name": "iPhone",
        "model": "iPhone14,7",
        "platform": "ios",
        "version": "18.2.1",
        "timecreated": "Wednesday, 7 January 2026, 9:03 AM",
        "timemodified": "Monday, 2 February 2026, 8:15 AM"
    }
}