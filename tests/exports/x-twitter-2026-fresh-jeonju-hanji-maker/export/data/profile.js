window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "전주에서 닥나무로 한지를 뜹니다 · Handmade hanji from Jeonju paper mulberry (dak) · 공방 수업 예약은 링크 ↓",
        "website" : "https://t.co/Hn4jPq2Vx8",
        "location" : "전주 Jeonju, 전북"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1862771047530447961/Qw3eRtY7.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/2571930468/1732954201"
    }
  }
]