var data_file_17 = {
    "logs": [
        {
            "name": "Course module viewed",
            "description": "The user with id '212' viewed the 'forum' activity with course module id '164'.",
            "timecreated": "Tuesday, 20 January 2026, 9:05 PM",
            "origin": "Standard web request",
            "ip": "198.51.100.23",
            "other": [],
            "authorid": 212,
            "author_of_the_action_was_you": "Yes"
        },
        {
            "name": "Course module viewed",
            "description": "The user with id '212' viewed the 'forum' activity with course module id '164'.",
            "timecreated": "Thursday, 5 February 2026, 7:20 PM",
            "origin": "Mobile app or web service",
            "ip": "203.0.113.54",
            "other": [],
            "authorid": 212,
            "author_of_the_action_was_you": "Yes"
        }
    ]
}