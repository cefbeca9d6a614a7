var data_file_9 = {
    "logs": [
        {
            "name": "Course viewed",
            "description": "The user with id '212' viewed the course with id '37'.",
            "timecreated": "Tuesday, 3 February 2026, 6:50 PM",
            "origin": "Standard web request",
            "ip": "198.51.100.23",
            "other": [],
            "authorid": 212,
            "author_of_the_action_was_you": "Yes"
        },
        {
            "name": "Course viewed",
            "description": "The user with id '212' viewed the course with id '37'.",
            "timecreated": "Thursday, 5 February 2026, 7:03 PM",
            "origin": "Mobile app or web service",
            "ip": "203.0.113.54",
            "other": [],
            "authorid": 212,
            "author_of_the_action_was_you": "Yes"
        }
    ]
}